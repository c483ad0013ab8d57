package org.onewindow.crypto.signing;

import java.util.Map;
import java.util.Optional;
import org.onewindow.crypto.sm2.Sm2PublicKey;

/**
 * Where the platform looks up the SM2 public key an app registered (000 9.4.4 a): in production the
 * app registry, in tests a map. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface AppPublicKeys {

  /** The public key registered for {@code appKey}, or empty if there is no such app. */
  Optional<Sm2PublicKey> publicKey(String appKey);

  /** A fixed registry, copied from {@code keys}. */
  static AppPublicKeys of(Map<String, Sm2PublicKey> keys) {
    Map<String, Sm2PublicKey> copy = Map.copyOf(keys);
    return appKey -> Optional.ofNullable(copy.get(appKey));
  }
}
