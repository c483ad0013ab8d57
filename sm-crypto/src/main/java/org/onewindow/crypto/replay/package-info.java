/**
 * Replay protection shared by everything that accepts a one-time value: the ticket id of a sealed
 * user-info ticket (000 9.2.1 d) and the nonce of a signed interface call (000 9.4.4 a).
 *
 * <p>A {@link org.onewindow.crypto.replay.NonceStore} only has to remember a value for as long as
 * the caller's own time window would still accept it; after that the timestamp check rejects the
 * value anyway, so the store may forget it. That is what keeps the memory bounded. Callers record a
 * value only <em>after</em> its signature has been verified, so forged input can neither burn a
 * genuine nonce nor fill the store.
 */
package org.onewindow.crypto.replay;
