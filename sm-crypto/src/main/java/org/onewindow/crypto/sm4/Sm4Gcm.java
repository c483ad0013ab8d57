package org.onewindow.crypto.sm4;

import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.onewindow.crypto.CryptoException;

/**
 * SM4-GCM, the default for new data: confidentiality and integrity in one pass. A sealed message is
 * {@code nonce (12 bytes) || ciphertext || tag (16 bytes)}; the nonce is random for every call, so
 * with 96-bit nonces a key may seal up to 2^32 messages before the collision risk matters (NIST SP
 * 800-38D 8.3) — far more than a data key ever sees under the key hierarchy's rotation.
 */
public final class Sm4Gcm {

  public static final int NONCE_LENGTH = 12;
  public static final int TAG_LENGTH = 16;

  private static final SecureRandom RANDOM = new SecureRandom();

  private Sm4Gcm() {}

  /** Seals {@code plaintext} and authenticates {@code aad} (which is not encrypted or included). */
  public static byte[] seal(Sm4Key key, byte[] plaintext, byte[] aad) {
    byte[] nonce = new byte[NONCE_LENGTH];
    RANDOM.nextBytes(nonce);
    return sealWithNonce(key, nonce, plaintext, aad);
  }

  /**
   * Seals with a given nonce: only for known-answer tests and peers that dictate the nonce. Never
   * call it twice with one key and one nonce.
   */
  static byte[] sealWithNonce(Sm4Key key, byte[] nonce, byte[] plaintext, byte[] aad) {
    GCMModeCipher gcm = cipher(true, key, nonce, aad);
    byte[] out = new byte[NONCE_LENGTH + gcm.getOutputSize(plaintext.length)];
    System.arraycopy(nonce, 0, out, 0, NONCE_LENGTH);
    int length = gcm.processBytes(plaintext, 0, plaintext.length, out, NONCE_LENGTH);
    try {
      gcm.doFinal(out, NONCE_LENGTH + length);
    } catch (InvalidCipherTextException e) {
      throw new CryptoException("SM4-GCM sealing failed", e);
    }
    return out;
  }

  /**
   * Opens a message from {@link #seal}.
   *
   * @throws CryptoException when it was altered, sealed under another key or with other aad
   */
  public static byte[] open(Sm4Key key, byte[] sealed, byte[] aad) {
    if (sealed == null || sealed.length < NONCE_LENGTH + TAG_LENGTH) {
      throw new CryptoException("SM4-GCM message too short to hold a nonce and a tag");
    }
    byte[] nonce = Arrays.copyOfRange(sealed, 0, NONCE_LENGTH);
    GCMModeCipher gcm = cipher(false, key, nonce, aad);
    int inputLength = sealed.length - NONCE_LENGTH;
    byte[] out = new byte[gcm.getOutputSize(inputLength)];
    int length = gcm.processBytes(sealed, NONCE_LENGTH, inputLength, out, 0);
    try {
      gcm.doFinal(out, length);
    } catch (InvalidCipherTextException e) {
      throw new CryptoException("SM4-GCM authentication failed: tampered, wrong key or wrong aad");
    }
    return out;
  }

  private static GCMModeCipher cipher(boolean encrypt, Sm4Key key, byte[] nonce, byte[] aad) {
    if (nonce.length != NONCE_LENGTH) {
      throw new CryptoException("an SM4-GCM nonce is 12 bytes");
    }
    GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
    gcm.init(encrypt, new AEADParameters(key.parameter(), TAG_LENGTH * 8, nonce, aad));
    return gcm;
  }
}
