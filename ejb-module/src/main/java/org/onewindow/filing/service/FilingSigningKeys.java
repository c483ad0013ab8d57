package org.onewindow.filing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;
import org.onewindow.common.PlatformKeys;
import org.onewindow.crypto.sm2.Sm2Keys;
import org.onewindow.crypto.sm2.Sm2PrivateKey;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.filing.domain.FilingSigningKey;

/**
 * The platform's filing-record signing keys (SM2): the newest signs, every one verifies the records
 * that name it. The first approval makes one, in its own transaction's work; should two nodes make
 * one at the same moment, both keys are kept and both verify — a record names its key. A private
 * key is opened from the key ring only inside this capability, never handed to a caller.
 */
@ApplicationScoped
public class FilingSigningKeys {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Inject Clock clock;

  /** The key to sign with, made when there is none. */
  FilingSigningKey current() {
    return em.createQuery(
            "select k from FilingSigningKey k order by k.createdAt desc, k.keyId desc",
            FilingSigningKey.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseGet(this::create);
  }

  private FilingSigningKey create() {
    Sm2Keys.Pair pair = Sm2Keys.generate();
    byte[] suffix = new byte[4];
    RANDOM.nextBytes(suffix);
    String keyId =
        "filing-"
            + DateTimeFormatter.BASIC_ISO_DATE.withZone(ZoneOffset.UTC).format(clock.instant())
            + "-"
            + HexFormat.of().formatHex(suffix);
    FilingSigningKey key =
        new FilingSigningKey(
            keyId,
            PlatformKeys.ring().encryptString(FilingSigningKey.PURPOSE, pair.privateKey().toPem()),
            pair.publicKey().toPem(),
            clock.instant());
    em.persist(key);
    return key;
  }

  Sm2PrivateKey privateKey(FilingSigningKey key) {
    return Sm2PrivateKey.fromPem(
        PlatformKeys.ring().decryptString(FilingSigningKey.PURPOSE, key.getPrivateKeyRef()));
  }

  /** The public key of {@code keyId}, if the platform has such a key. */
  Optional<Sm2PublicKey> publicKey(String keyId) {
    return Optional.ofNullable(keyId)
        .map(id -> em.find(FilingSigningKey.class, id))
        .map(key -> Sm2PublicKey.fromPem(key.getPublicKeyPem()));
  }

  /** The PEM of {@code keyId}'s public key, if any. */
  Optional<String> publicKeyPem(String keyId) {
    return Optional.ofNullable(keyId)
        .map(id -> em.find(FilingSigningKey.class, id))
        .map(FilingSigningKey::getPublicKeyPem);
  }
}
