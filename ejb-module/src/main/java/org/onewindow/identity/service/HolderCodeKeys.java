package org.onewindow.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.onewindow.common.SigningKeyStore;
import org.onewindow.crypto.sm2.Sm2PrivateKey;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.identity.domain.HolderCodeKey;

/**
 * The platform's code signing keys (SM2), kept by the kernel's signing-key rules: the newest signs,
 * every one verifies the tokens that name it. The private key is opened from the key ring only
 * here.
 */
@ApplicationScoped
public class HolderCodeKeys {

  private static final SigningKeyStore<HolderCodeKey> STORE =
      new SigningKeyStore<>(HolderCodeKey.class, HolderCodeKey.PURPOSE, "code", HolderCodeKey::new);

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Inject Clock clock;

  /** The key to sign with, made when there is none. */
  HolderCodeKey current() {
    return STORE.current(em, clock.instant());
  }

  Sm2PrivateKey privateKey(HolderCodeKey key) {
    return STORE.privateKey(key);
  }

  /** The key named {@code keyId}, if the platform has such a key. */
  Optional<HolderCodeKey> find(String keyId) {
    return STORE.find(em, keyId);
  }

  static Sm2PublicKey publicKey(HolderCodeKey key) {
    return SigningKeyStore.publicKey(key);
  }
}
