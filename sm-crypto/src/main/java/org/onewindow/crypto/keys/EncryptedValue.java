package org.onewindow.crypto.keys;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import org.onewindow.crypto.CryptoException;
import org.onewindow.crypto.sm4.Sm4Gcm;

/**
 * A sensitive value encrypted at rest (003 6.3.2.3 a, b), carrying everything needed to decrypt it
 * except the keys: its purpose, the version of the key-encryption key, the data key wrapped under
 * that KEK, and the value sealed with SM4-GCM under the data key. Because a value names its KEK
 * version, values under retired versions stay readable while new ones use the current version.
 *
 * <p>Byte layout, format 1:
 *
 * <pre>
 *   offset     length  field
 *   0          1       format: 0x01
 *   1          1       p, length of the purpose (1..64)
 *   2          p       purpose, ASCII [a-z0-9._-]
 *   2+p        2       KEK version, unsigned big-endian (1..65535)
 *   4+p        1       w, length of the wrapped data key (1..255)
 *   5+p        w       wrapped data key, as the provider made it
 *   5+p+w      rest    nonce (12) || SM4-GCM ciphertext of the value || tag (16)
 * </pre>
 *
 * The bytes before the sealed value (the header) are its GCM additional data, so changing any byte
 * — the format, the purpose, the version, the wrapped key or the sealed value — makes decryption
 * fail. The text form, {@link #encode()}, is the bytes in unpadded Base64url, for a VARCHAR column;
 * it accepts only its own canonical spelling, so no two strings decrypt alike.
 */
public final class EncryptedValue {

  /** The format byte of the layout above; a new layout takes a new value. */
  public static final byte FORMAT_1 = 0x01;

  private static final int MIN_SEALED = Sm4Gcm.NONCE_LENGTH + Sm4Gcm.TAG_LENGTH;

  private final WrappedDataKey wrappedKey;
  private final byte[] sealed;

  EncryptedValue(WrappedDataKey wrappedKey, byte[] sealed) {
    this.wrappedKey = Objects.requireNonNull(wrappedKey, "wrappedKey");
    if (sealed.length < MIN_SEALED) {
      throw new CryptoException("an encrypted value is too short to hold a nonce and a tag");
    }
    this.sealed = sealed.clone();
  }

  /** Parses the byte layout above; does not decrypt. */
  public static EncryptedValue fromBytes(byte[] bytes) {
    Reader in = new Reader(bytes);
    if (in.u8() != FORMAT_1) {
      throw new CryptoException("unknown encrypted value format " + (bytes[0] & 0xFF));
    }
    String purpose = new String(in.take(in.u8()), StandardCharsets.UTF_8);
    int version = in.u8() << 8 | in.u8();
    WrappedDataKey wrapped = new WrappedDataKey(purpose, version, in.take(in.u8()));
    return new EncryptedValue(wrapped, in.rest());
  }

  /** Parses the text form of {@link #encode()}; does not decrypt. */
  public static EncryptedValue decode(String text) {
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new CryptoException("an encrypted value is not Base64url");
    }
    EncryptedValue value = fromBytes(bytes);
    // Base64 lets the unused low bits of the last character vary; refusing all but the canonical
    // spelling makes every altered string fail, not only most of them.
    if (!value.encode().equals(text)) {
      throw new CryptoException("an encrypted value is not in canonical Base64url");
    }
    return value;
  }

  /** The header of a value whose data key is {@code wrapped}: the aad of its sealed part. */
  static byte[] header(WrappedDataKey wrapped) {
    byte[] purpose = wrapped.purpose().getBytes(StandardCharsets.UTF_8);
    byte[] key = wrapped.bytes();
    byte[] header = new byte[5 + purpose.length + key.length];
    header[0] = FORMAT_1;
    header[1] = (byte) purpose.length;
    System.arraycopy(purpose, 0, header, 2, purpose.length);
    header[2 + purpose.length] = (byte) (wrapped.kekVersion() >>> 8);
    header[3 + purpose.length] = (byte) wrapped.kekVersion();
    header[4 + purpose.length] = (byte) key.length;
    System.arraycopy(key, 0, header, 5 + purpose.length, key.length);
    return header;
  }

  byte[] header() {
    return header(wrappedKey);
  }

  public String purpose() {
    return wrappedKey.purpose();
  }

  public int kekVersion() {
    return wrappedKey.kekVersion();
  }

  public WrappedDataKey wrappedKey() {
    return wrappedKey;
  }

  /** A copy of {@code nonce || ciphertext || tag}. */
  byte[] sealed() {
    return sealed.clone();
  }

  /** The byte layout above. */
  public byte[] toBytes() {
    byte[] header = header();
    byte[] out = Arrays.copyOf(header, header.length + sealed.length);
    System.arraycopy(sealed, 0, out, header.length, sealed.length);
    return out;
  }

  /** The bytes as unpadded Base64url. */
  public String encode() {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(toBytes());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EncryptedValue that
        && wrappedKey.equals(that.wrappedKey)
        && Arrays.equals(sealed, that.sealed);
  }

  @Override
  public int hashCode() {
    return 31 * wrappedKey.hashCode() + Arrays.hashCode(sealed);
  }

  @Override
  public String toString() {
    return "EncryptedValue[" + purpose() + "/v" + kekVersion() + ", " + sealed.length + " bytes]";
  }

  /** Reads the layout front to back, refusing to read past the end. */
  private static final class Reader {

    private final byte[] bytes;
    private int position;

    Reader(byte[] bytes) {
      this.bytes = Objects.requireNonNull(bytes, "bytes");
    }

    int u8() {
      return take(1)[0] & 0xFF;
    }

    byte[] take(int length) {
      if (length > bytes.length - position) {
        throw new CryptoException("an encrypted value is truncated");
      }
      byte[] out = Arrays.copyOfRange(bytes, position, position + length);
      position += length;
      return out;
    }

    byte[] rest() {
      return take(bytes.length - position);
    }
  }
}
