package org.onewindow.crypto.sm4;

import java.util.Arrays;
import org.bouncycastle.crypto.BufferedBlockCipher;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.paddings.PKCS7Padding;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.onewindow.crypto.CryptoException;

/**
 * SM4-CBC with PKCS#7 padding, for peers that speak it (OpenSSL's {@code -sm4-cbc}). It has no
 * integrity of its own: prefer {@link Sm4Gcm} for anything new.
 */
public final class Sm4Cbc {

  private Sm4Cbc() {}

  /** Encrypts under a fresh random IV; returns {@code iv (16 bytes) || ciphertext}. */
  public static byte[] encrypt(Sm4Key key, byte[] plaintext) {
    byte[] iv = Blocks.randomIv();
    return Blocks.prefixed(iv, encrypt(key, iv, plaintext));
  }

  /** Decrypts {@code iv || ciphertext} from {@link #encrypt(Sm4Key, byte[])}. */
  public static byte[] decrypt(Sm4Key key, byte[] ivAndCiphertext) {
    if (ivAndCiphertext == null || ivAndCiphertext.length < 2 * Sm4Key.LENGTH) {
      throw new CryptoException("SM4-CBC message too short to hold an IV and a block");
    }
    byte[] iv = Arrays.copyOfRange(ivAndCiphertext, 0, Sm4Key.LENGTH);
    byte[] ciphertext = Arrays.copyOfRange(ivAndCiphertext, Sm4Key.LENGTH, ivAndCiphertext.length);
    return decrypt(key, iv, ciphertext);
  }

  /** Encrypts with an IV the peer dictates; an IV must never repeat under one key. */
  public static byte[] encrypt(Sm4Key key, byte[] iv, byte[] plaintext) {
    return run(true, key.parameter(), iv, plaintext);
  }

  public static byte[] decrypt(Sm4Key key, byte[] iv, byte[] ciphertext) {
    if (ciphertext.length == 0 || ciphertext.length % Sm4Key.LENGTH != 0) {
      throw new CryptoException("SM4-CBC ciphertext must be a whole number of 16-byte blocks");
    }
    return run(false, key.parameter(), iv, ciphertext);
  }

  private static byte[] run(boolean encrypt, KeyParameter key, byte[] iv, byte[] input) {
    if (iv == null || iv.length != Sm4Key.LENGTH) {
      throw new CryptoException("an SM4-CBC IV is 16 bytes");
    }
    BufferedBlockCipher cipher =
        new PaddedBufferedBlockCipher(
            CBCBlockCipher.newInstance(new SM4Engine()), new PKCS7Padding());
    cipher.init(encrypt, new ParametersWithIV(key, iv));
    return Blocks.process(cipher, input, "SM4-CBC");
  }
}
