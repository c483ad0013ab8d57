package org.onewindow.crypto.signing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.crypto.sm2.Sm2Verifier;

/**
 * One {@link Sm2Verifier} per app public key, its Z value and point precomputation kept, for
 * verifiers that live shorter than the apps do (a {@link RequestVerifier} made per request, as
 * Keycloak's providers are). Bounded: past {@value #MAX_KEYS} keys it starts afresh, which only
 * costs the precomputation again. Thread-safe.
 */
public final class Sm2VerifierCache {

  static final int MAX_KEYS = 10_000;

  private final Map<Sm2PublicKey, Sm2Verifier> verifiers = new ConcurrentHashMap<>();

  /** The verifier of this key, made on first use. */
  public Sm2Verifier forKey(Sm2PublicKey key) {
    if (verifiers.size() >= MAX_KEYS) {
      verifiers.clear();
    }
    return verifiers.computeIfAbsent(key, Sm2Verifier::new);
  }
}
