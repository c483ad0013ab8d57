package org.onewindow.crypto.keys;

import java.util.Arrays;
import org.onewindow.crypto.CryptoException;
import org.onewindow.crypto.Sm3;

/**
 * HKDF (RFC 5869) with HMAC-SM3: extract a pseudo-random key from input keying material, then
 * expand it into as many bytes as a label asks for. The key hierarchy derives every key-encryption
 * key this way from the root key (003 6.3.2.3 b), so one root yields independent keys per purpose
 * and version, and knowing one derived key says nothing about another.
 */
public final class HkdfSm3 {

  /** RFC 5869 2.3: at most 255 blocks of output. */
  public static final int MAX_LENGTH = 255 * Sm3.DIGEST_LENGTH;

  private HkdfSm3() {}

  /**
   * HKDF-Extract: {@code PRK = HMAC-SM3(salt, ikm)}. An absent or empty salt is {@code HashLen}
   * zero bytes, as RFC 5869 2.2 says.
   */
  public static byte[] extract(byte[] salt, byte[] ikm) {
    byte[] key = salt == null || salt.length == 0 ? new byte[Sm3.DIGEST_LENGTH] : salt;
    return Sm3.hmac(key, ikm);
  }

  /**
   * HKDF-Expand: {@code T(i) = HMAC-SM3(PRK, T(i-1) || info || i)}, output the first {@code length}
   * bytes of {@code T(1) || T(2) || …}.
   */
  public static byte[] expand(byte[] prk, byte[] info, int length) {
    if (prk == null || prk.length < Sm3.DIGEST_LENGTH) {
      throw new CryptoException("an HKDF pseudo-random key is at least 32 bytes"); // RFC 5869 2.3
    }
    if (length < 1 || length > MAX_LENGTH) {
      throw new CryptoException("HKDF-SM3 yields 1 to " + MAX_LENGTH + " bytes, not " + length);
    }
    byte[] out = new byte[length];
    byte[] block = new byte[0];
    for (int counter = 1, offset = 0; offset < length; counter++) {
      byte[] input = new byte[block.length + info.length + 1];
      System.arraycopy(block, 0, input, 0, block.length);
      System.arraycopy(info, 0, input, block.length, info.length);
      input[input.length - 1] = (byte) counter;
      Arrays.fill(block, (byte) 0);
      block = Sm3.hmac(prk, input);
      Arrays.fill(input, (byte) 0); // it holds the previous block, which is key material
      int take = Math.min(block.length, length - offset);
      System.arraycopy(block, 0, out, offset, take);
      offset += take;
    }
    Arrays.fill(block, (byte) 0);
    return out;
  }

  /** Extract then expand, wiping the intermediate pseudo-random key. */
  public static byte[] derive(byte[] salt, byte[] ikm, byte[] info, int length) {
    byte[] prk = extract(salt, ikm);
    try {
      return expand(prk, info, length);
    } finally {
      Arrays.fill(prk, (byte) 0);
    }
  }
}
