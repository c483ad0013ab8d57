package org.onewindow.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;
import org.onewindow.crypto.sm2.Sm2Keys;
import org.onewindow.crypto.sm2.Sm2PrivateKey;
import org.onewindow.crypto.sm2.Sm2PublicKey;

/**
 * The rules of one table of SM2 signing keys: the newest key signs, every key verifies what names
 * it; the first signature makes one. Should two nodes make one at the same moment, both are kept
 * and both verify (each signature names its key), so making a key needs no lock. A private key is
 * opened from the key ring only through {@link #privateKey}, which the owning capability keeps to
 * itself.
 *
 * <p>Not a bean: each capability's own key bean holds one, with its entity type, the key ring
 * purpose and the prefix of its key ids ({@code filing-20261207-1a2b3c4d}).
 *
 * @param <K> the capability's key entity
 */
public final class SigningKeyStore<K extends SigningKeyRecord> {

  /** Makes the capability's entity from a new key's parts. */
  @FunctionalInterface
  public interface KeyFactory<K> {
    K make(String keyId, String privateKeyRef, String publicKeyPem, Instant createdAt);
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Class<K> type;
  private final String purpose;
  private final String idPrefix;
  private final KeyFactory<K> factory;

  public SigningKeyStore(Class<K> type, String purpose, String idPrefix, KeyFactory<K> factory) {
    this.type = type;
    this.purpose = purpose;
    this.idPrefix = idPrefix;
    this.factory = factory;
  }

  /** The key to sign with, made (and persisted in the caller's transaction) when there is none. */
  public K current(EntityManager em, Instant now) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<K> newest = cb.createQuery(type);
    Root<K> key = newest.from(type);
    newest.orderBy(cb.desc(key.get("createdAt")), cb.desc(key.get("keyId")));
    return em.createQuery(newest)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseGet(() -> create(em, now));
  }

  private K create(EntityManager em, Instant now) {
    Sm2Keys.Pair pair = Sm2Keys.generate();
    byte[] suffix = new byte[4];
    RANDOM.nextBytes(suffix);
    String keyId =
        idPrefix
            + "-"
            + DateTimeFormatter.BASIC_ISO_DATE.withZone(ZoneOffset.UTC).format(now)
            + "-"
            + HexFormat.of().formatHex(suffix);
    K made =
        factory.make(
            keyId,
            PlatformKeys.ring().encryptString(purpose, pair.privateKey().toPem()),
            pair.publicKey().toPem(),
            now);
    em.persist(made);
    return made;
  }

  /** Opens the key's private half from the key ring. */
  public Sm2PrivateKey privateKey(K key) {
    return Sm2PrivateKey.fromPem(
        PlatformKeys.ring().decryptString(purpose, key.getPrivateKeyRef()));
  }

  /** The key named {@code keyId}, if the table has it. */
  public Optional<K> find(EntityManager em, String keyId) {
    return Optional.ofNullable(keyId).map(id -> em.find(type, id));
  }

  /** The key's public half. */
  public static Sm2PublicKey publicKey(SigningKeyRecord key) {
    return Sm2PublicKey.fromPem(key.getPublicKeyPem());
  }
}
