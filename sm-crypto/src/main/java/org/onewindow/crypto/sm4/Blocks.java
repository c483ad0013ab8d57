package org.onewindow.crypto.sm4;

import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.BufferedBlockCipher;
import org.bouncycastle.crypto.DataLengthException;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.onewindow.crypto.CryptoException;

/** Runs a buffered block cipher over a whole message. */
final class Blocks {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Blocks() {}

  /** A fresh random 16-byte IV or initial counter. */
  static byte[] randomIv() {
    byte[] iv = new byte[Sm4Key.LENGTH];
    RANDOM.nextBytes(iv);
    return iv;
  }

  /** {@code iv || body}: how CBC and CTR carry a drawn IV with the ciphertext. */
  static byte[] prefixed(byte[] iv, byte[] body) {
    byte[] out = new byte[iv.length + body.length];
    System.arraycopy(iv, 0, out, 0, iv.length);
    System.arraycopy(body, 0, out, iv.length, body.length);
    return out;
  }

  static byte[] process(BufferedBlockCipher cipher, byte[] input, String name) {
    byte[] out = new byte[cipher.getOutputSize(input.length)];
    int length = cipher.processBytes(input, 0, input.length, out, 0);
    try {
      length += cipher.doFinal(out, length);
    } catch (InvalidCipherTextException | DataLengthException e) {
      // Bad padding after decryption: wrong key or altered ciphertext. Say no more than that,
      // so the error cannot serve as a padding oracle.
      throw new CryptoException(name + " decryption failed: wrong key or altered ciphertext");
    }
    return length == out.length ? out : Arrays.copyOf(out, length);
  }
}
