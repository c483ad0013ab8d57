package org.onewindow.filing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.onewindow.common.SigningKeyRecord;
import org.onewindow.common.SigningKeyStore;
import org.onewindow.crypto.sm2.Sm2PrivateKey;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.filing.domain.FilingSigningKey;

/**
 * The platform's filing-record signing keys (SM2), kept by the kernel's signing-key rules: the
 * newest signs, every one verifies the records that name it; the first approval makes one. A
 * private key is opened from the key ring only inside this capability, never handed to a caller.
 */
@ApplicationScoped
public class FilingSigningKeys {

  private static final SigningKeyStore<FilingSigningKey> STORE =
      new SigningKeyStore<>(
          FilingSigningKey.class, FilingSigningKey.PURPOSE, "filing", FilingSigningKey::new);

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Inject Clock clock;

  /** The key to sign with, made when there is none. */
  FilingSigningKey current() {
    return STORE.current(em, clock.instant());
  }

  Sm2PrivateKey privateKey(FilingSigningKey key) {
    return STORE.privateKey(key);
  }

  /** The public key of {@code keyId}, if the platform has such a key. */
  Optional<Sm2PublicKey> publicKey(String keyId) {
    return STORE.find(em, keyId).map(SigningKeyStore::publicKey);
  }

  /** The PEM of {@code keyId}'s public key, if any. */
  Optional<String> publicKeyPem(String keyId) {
    return STORE.find(em, keyId).map(SigningKeyRecord::getPublicKeyPem);
  }
}
