package org.onewindow.crypto.replay;

import java.time.Instant;

/**
 * Remembers one-time values (nonces, ticket ids) so that each is accepted once only.
 *
 * <p>Implementations must be safe for concurrent use, and {@link #markUsed} must be atomic: of two
 * threads marking the same fresh value at the same moment, exactly one wins. The bundled {@link
 * InMemoryNonceStore} serves a single node; a cluster needs a shared store (a database row with a
 * unique key, or Redis {@code SET key 1 NX PXAT expiresAt}) behind this same interface.
 */
@FunctionalInterface
public interface NonceStore {

  /**
   * Records {@code nonce} as used.
   *
   * @param nonce the value, already namespaced by the caller (a ticket id and a request nonce must
   *     not collide)
   * @param expiresAt the caller rejects the value on its own after this instant, so the store must
   *     remember it at least until then (inclusive) and may forget it afterwards
   * @return {@code true} if the value was not in use and is now recorded; {@code false} if it was
   *     already recorded and has not yet expired: a replay
   */
  boolean markUsed(String nonce, Instant expiresAt);
}
