package org.onewindow.crypto.sm4;

import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.params.KeyParameter;
import org.onewindow.crypto.CryptoException;

/** A 128-bit SM4 key. Holds a private copy of the bytes; {@link #destroy()} wipes it. */
public final class Sm4Key {

  /** SM4 keys and blocks are 128 bits. */
  public static final int LENGTH = 16;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] bytes;

  private Sm4Key(byte[] bytes) {
    this.bytes = bytes;
  }

  /** A key from its 16 bytes (copied). */
  public static Sm4Key of(byte[] key) {
    if (key == null || key.length != LENGTH) {
      throw new CryptoException(
          "an SM4 key is 16 bytes, not " + (key == null ? "null" : key.length + " bytes"));
    }
    return new Sm4Key(key.clone());
  }

  /** A fresh random key. */
  public static Sm4Key generate() {
    byte[] key = new byte[LENGTH];
    RANDOM.nextBytes(key);
    return new Sm4Key(key);
  }

  /** A copy of the key bytes, for wrapping or handing to a peer. */
  public byte[] bytes() {
    return bytes.clone();
  }

  KeyParameter parameter() {
    return new KeyParameter(bytes);
  }

  /** Overwrites the key bytes: call when the key is no longer needed. */
  public void destroy() {
    Arrays.fill(bytes, (byte) 0);
  }

  @Override
  public String toString() {
    return "Sm4Key[***]"; // never the key itself, not even in a log line (003 6.3.2.1 d)
  }
}
