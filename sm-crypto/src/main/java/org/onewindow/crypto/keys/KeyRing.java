package org.onewindow.crypto.keys;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.onewindow.crypto.CryptoException;
import org.onewindow.crypto.sm4.Sm4Gcm;
import org.onewindow.crypto.sm4.Sm4Key;

/**
 * Encrypts sensitive values at rest through the key hierarchy (003 6.3.2.3 a–c): every value gets a
 * fresh SM4 data key, wrapped under the current key-encryption key of its purpose. The ring knows
 * which KEK versions are configured: the current one, used for new values, and retired ones still
 * accepted for decryption, so keys rotate without losing data.
 *
 * <p>Rotation, on a cluster: {@link #withVersion} the new version on every node (all can read it),
 * then {@link #withCurrentVersion} it (new values use it), then {@link #rewrap} the stored values
 * that are not {@link #isCurrent}, and only then {@link #withoutVersion} the old one. A value under
 * a version no longer configured fails with an error naming that version.
 *
 * <p>Immutable and thread-safe; the {@code with…} methods return a new ring.
 */
public final class KeyRing {

  private final KeyEncryptionProvider provider;
  private final int currentVersion;
  private final SortedSet<Integer> versions;

  private KeyRing(KeyEncryptionProvider provider, int currentVersion, SortedSet<Integer> versions) {
    this.provider = provider;
    this.currentVersion = currentVersion;
    this.versions = Collections.unmodifiableSortedSet(versions);
  }

  /** A ring with one KEK version, current. */
  public static KeyRing of(KeyEncryptionProvider provider, int currentVersion) {
    Objects.requireNonNull(provider, "provider");
    return new KeyRing(
        provider,
        KekId.checkVersion(currentVersion),
        new TreeSet<>(Collections.singleton(currentVersion)));
  }

  /** This ring also accepting {@code version} for decryption, without making it current. */
  public KeyRing withVersion(int version) {
    SortedSet<Integer> more = new TreeSet<>(versions);
    more.add(KekId.checkVersion(version));
    return new KeyRing(provider, currentVersion, more);
  }

  /** This ring with {@code version} current; the previous current version stays for decryption. */
  public KeyRing withCurrentVersion(int version) {
    SortedSet<Integer> more = new TreeSet<>(versions);
    more.add(KekId.checkVersion(version));
    return new KeyRing(provider, version, more);
  }

  /**
   * This ring without {@code version}: values still under it can no longer be decrypted, so rewrap
   * them first.
   */
  public KeyRing withoutVersion(int version) {
    if (version == currentVersion) {
      throw new CryptoException(
          "key version " + version + " is current: make another current first");
    }
    SortedSet<Integer> fewer = new TreeSet<>(versions);
    fewer.remove(version);
    return new KeyRing(provider, currentVersion, fewer);
  }

  public int currentVersion() {
    return currentVersion;
  }

  /** Every configured version, current and retired. */
  public SortedSet<Integer> versions() {
    return versions;
  }

  /** Encrypts {@code plaintext} for {@code purpose} under the current KEK version. */
  public EncryptedValue encrypt(String purpose, byte[] plaintext) {
    KekId.checkPurpose(purpose);
    Sm4Key dataKey = Sm4Key.generate();
    try {
      WrappedDataKey wrapped = provider.wrap(purpose, currentVersion, dataKey);
      if (!wrapped.purpose().equals(purpose) || wrapped.kekVersion() != currentVersion) {
        throw new CryptoException("the key provider wrapped under another purpose or version");
      }
      byte[] sealed = Sm4Gcm.seal(dataKey, plaintext, EncryptedValue.header(wrapped));
      return new EncryptedValue(wrapped, sealed);
    } finally {
      dataKey.destroy();
    }
  }

  /** Encrypts a string's UTF-8 bytes (003 6.3.2.3 note) and returns the text form. */
  public String encryptString(String purpose, String plaintext) {
    byte[] bytes = plaintext.getBytes(StandardCharsets.UTF_8);
    try {
      return encrypt(purpose, bytes).encode();
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /**
   * Decrypts a value encrypted for {@code purpose}, under whichever configured version it names.
   * The purpose is checked so that a value copied from another column does not decrypt here.
   *
   * @throws CryptoException when the purpose differs, the version is not configured, or the value
   *     was altered
   */
  public byte[] decrypt(String purpose, EncryptedValue value) {
    if (!value.purpose().equals(purpose)) {
      throw new CryptoException(
          "the value was encrypted for " + value.purpose() + ", not for " + purpose);
    }
    return open(value);
  }

  /** Decrypts the text form and decodes the plaintext as UTF-8 (003 6.3.2.3 note). */
  public String decryptString(String purpose, String encoded) {
    byte[] bytes = decrypt(purpose, EncryptedValue.decode(encoded));
    try {
      return new String(bytes, StandardCharsets.UTF_8);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /** Whether {@code value} is under the current KEK version, that is needs no {@link #rewrap}. */
  public boolean isCurrent(EncryptedValue value) {
    return value.kekVersion() == currentVersion;
  }

  /**
   * The same plaintext under a fresh data key wrapped by the current KEK version; a value already
   * current is returned as it is. The plaintext is decrypted and re-encrypted inside the ring and
   * wiped, never handed to the caller. Re-encrypting rather than only re-wrapping the old data key
   * means the new value shares no key with the old one.
   */
  public EncryptedValue rewrap(EncryptedValue value) {
    if (isCurrent(value)) {
      return value;
    }
    byte[] plaintext = open(value);
    try {
      return encrypt(value.purpose(), plaintext);
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  /** {@link #rewrap(EncryptedValue)} on the text form. */
  public String rewrap(String encoded) {
    EncryptedValue value = EncryptedValue.decode(encoded);
    return isCurrent(value) ? encoded : rewrap(value).encode();
  }

  private byte[] open(EncryptedValue value) {
    if (!versions.contains(value.kekVersion())) {
      throw new CryptoException(
          "unknown key version "
              + value.kekVersion()
              + " for "
              + value.purpose()
              + ": this key ring holds versions "
              + versions
              + "; configure version "
              + value.kekVersion()
              + " again to read this value");
    }
    Sm4Key dataKey = provider.unwrap(value.wrappedKey());
    try {
      return Sm4Gcm.open(dataKey, value.sealed(), value.header());
    } catch (CryptoException e) {
      throw new CryptoException(
          "the encrypted " + value.purpose() + " value does not authenticate: it was altered");
    } finally {
      dataKey.destroy();
    }
  }

  @Override
  public String toString() {
    return "KeyRing[current=v" + currentVersion + ", versions=" + versions + "]";
  }
}
