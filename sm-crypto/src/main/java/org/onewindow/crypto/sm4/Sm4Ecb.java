package org.onewindow.crypto.sm4;

import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.paddings.PKCS7Padding;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.onewindow.crypto.CryptoException;

/**
 * SM4-ECB with PKCS#7 padding, <strong>only</strong> for peers that demand it (some provincial
 * systems exchange user info this way). Equal blocks give equal ciphertext: never choose it.
 */
public final class Sm4Ecb {

  private Sm4Ecb() {}

  public static byte[] encrypt(Sm4Key key, byte[] plaintext) {
    return run(true, key, plaintext);
  }

  public static byte[] decrypt(Sm4Key key, byte[] ciphertext) {
    if (ciphertext.length == 0 || ciphertext.length % Sm4Key.LENGTH != 0) {
      throw new CryptoException("SM4-ECB ciphertext must be a whole number of 16-byte blocks");
    }
    return run(false, key, ciphertext);
  }

  private static byte[] run(boolean encrypt, Sm4Key key, byte[] input) {
    PaddedBufferedBlockCipher cipher =
        new PaddedBufferedBlockCipher(new SM4Engine(), new PKCS7Padding());
    cipher.init(encrypt, key.parameter());
    return Blocks.process(cipher, input, "SM4-ECB");
  }
}
