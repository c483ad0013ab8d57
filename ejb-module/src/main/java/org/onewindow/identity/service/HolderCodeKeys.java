package org.onewindow.identity.service;

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
import org.onewindow.identity.domain.HolderCodeKey;

/**
 * The platform's code signing keys (SM2), as the filing records keep theirs: the newest signs,
 * every one verifies the tokens that name it. The first code issued makes one; should two nodes
 * make one at once, both are kept and both verify. The private key is opened from the key ring only
 * here.
 */
@ApplicationScoped
public class HolderCodeKeys {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Inject Clock clock;

  /** The key to sign with, made when there is none. */
  HolderCodeKey current() {
    return em.createQuery(
            "select k from HolderCodeKey k order by k.createdAt desc, k.keyId desc",
            HolderCodeKey.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseGet(this::create);
  }

  private HolderCodeKey create() {
    Sm2Keys.Pair pair = Sm2Keys.generate();
    byte[] suffix = new byte[4];
    RANDOM.nextBytes(suffix);
    String keyId =
        "code-"
            + DateTimeFormatter.BASIC_ISO_DATE.withZone(ZoneOffset.UTC).format(clock.instant())
            + "-"
            + HexFormat.of().formatHex(suffix);
    HolderCodeKey key =
        new HolderCodeKey(
            keyId,
            PlatformKeys.ring().encryptString(HolderCodeKey.PURPOSE, pair.privateKey().toPem()),
            pair.publicKey().toPem(),
            clock.instant());
    em.persist(key);
    return key;
  }

  Sm2PrivateKey privateKey(HolderCodeKey key) {
    return Sm2PrivateKey.fromPem(
        PlatformKeys.ring().decryptString(HolderCodeKey.PURPOSE, key.getPrivateKeyRef()));
  }

  /** The public key of {@code keyId}, if the platform has such a key. */
  Optional<HolderCodeKey> find(String keyId) {
    return Optional.ofNullable(keyId).map(id -> em.find(HolderCodeKey.class, id));
  }

  static Sm2PublicKey publicKey(HolderCodeKey key) {
    return Sm2PublicKey.fromPem(key.getPublicKeyPem());
  }
}
