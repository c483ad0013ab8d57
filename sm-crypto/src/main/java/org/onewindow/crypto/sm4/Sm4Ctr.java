package org.onewindow.crypto.sm4;

import java.util.Arrays;
import org.bouncycastle.crypto.StreamCipher;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.SICBlockCipher;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.onewindow.crypto.CryptoException;

/**
 * SM4-CTR (OpenSSL's {@code -sm4-ctr}): a 128-bit big-endian counter starting at the IV. Encrypting
 * and decrypting are the same operation. No integrity: prefer {@link Sm4Gcm}.
 */
public final class Sm4Ctr {

  private Sm4Ctr() {}

  /** Encrypts under a fresh random initial counter; returns {@code iv (16 bytes) || ciphertext}. */
  public static byte[] encrypt(Sm4Key key, byte[] plaintext) {
    byte[] iv = Blocks.randomIv();
    return Blocks.prefixed(iv, apply(key, iv, plaintext));
  }

  /** Decrypts {@code iv || ciphertext} from {@link #encrypt(Sm4Key, byte[])}. */
  public static byte[] decrypt(Sm4Key key, byte[] ivAndCiphertext) {
    if (ivAndCiphertext == null || ivAndCiphertext.length < Sm4Key.LENGTH) {
      throw new CryptoException("SM4-CTR message too short to hold its initial counter");
    }
    return apply(
        key,
        Arrays.copyOfRange(ivAndCiphertext, 0, Sm4Key.LENGTH),
        Arrays.copyOfRange(ivAndCiphertext, Sm4Key.LENGTH, ivAndCiphertext.length));
  }

  /**
   * Encrypts or decrypts {@code input} with the initial counter block {@code iv}, for peers that
   * dictate it; an initial counter must never repeat under one key.
   */
  public static byte[] apply(Sm4Key key, byte[] iv, byte[] input) {
    if (iv == null || iv.length != Sm4Key.LENGTH) {
      throw new CryptoException("an SM4-CTR initial counter block is 16 bytes");
    }
    StreamCipher ctr = SICBlockCipher.newInstance(new SM4Engine());
    ctr.init(true, new ParametersWithIV(key.parameter(), iv));
    byte[] out = new byte[input.length];
    ctr.processBytes(input, 0, input.length, out, 0);
    return out;
  }
}
