package org.onewindow.crypto.keys;

import java.util.Arrays;
import java.util.Objects;
import org.onewindow.crypto.CryptoException;

/**
 * A data key encrypted under a key-encryption key, with the name of that KEK: its purpose and
 * version. The bytes are whatever the {@link KeyEncryptionProvider} produced (the software
 * provider's are {@code nonce 12 || SM4-GCM ciphertext 16 || tag 16}); only that provider can open
 * them.
 */
public final class WrappedDataKey {

  /** The ciphertext format stores the length in one byte. */
  public static final int MAX_LENGTH = 255;

  private final String purpose;
  private final int kekVersion;
  private final byte[] bytes;

  public WrappedDataKey(String purpose, int kekVersion, byte[] bytes) {
    this.purpose = KekId.checkPurpose(purpose);
    this.kekVersion = KekId.checkVersion(kekVersion);
    if (bytes == null || bytes.length < 1 || bytes.length > MAX_LENGTH) {
      throw new CryptoException("a wrapped data key is 1 to " + MAX_LENGTH + " bytes");
    }
    this.bytes = bytes.clone();
  }

  public String purpose() {
    return purpose;
  }

  public int kekVersion() {
    return kekVersion;
  }

  /** A copy of the wrapped bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  int length() {
    return bytes.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WrappedDataKey that
        && purpose.equals(that.purpose)
        && kekVersion == that.kekVersion
        && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(purpose, kekVersion, Arrays.hashCode(bytes));
  }

  @Override
  public String toString() {
    return "WrappedDataKey[" + purpose + "/v" + kekVersion + ", " + bytes.length + " bytes]";
  }
}
