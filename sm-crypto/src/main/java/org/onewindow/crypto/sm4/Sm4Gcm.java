package org.onewindow.crypto.sm4;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.gcm.GCMMultiplier;
import org.onewindow.crypto.CryptoException;

/**
 * SM4-GCM (NIST SP 800-38D with SM4, as RFC 8998), the default for new data: confidentiality and
 * integrity in one pass. A sealed message is {@code nonce (12 bytes) || ciphertext || tag (16
 * bytes)}; the nonce is random for every call, so a key may seal up to 2^32 messages before the
 * collision risk matters (SP 800-38D 8.3) — far more than a data key sees under the key hierarchy's
 * rotation.
 *
 * <p>Counter blocks are encrypted 64 at a time by {@link Sm4Bitsliced} (constant time, and about
 * twice Bouncy Castle's table-driven engine); short messages, where a 64-block batch would be
 * mostly empty, and the tag's single block use Bouncy Castle's {@link SM4Engine}. GHASH is Bouncy
 * Castle's (8 KiB tables of H, kept per key).
 */
public final class Sm4Gcm {

  public static final int NONCE_LENGTH = 12;
  public static final int TAG_LENGTH = 16;

  /** From this many counter blocks on, the bitsliced batch is the faster way. */
  static final int BITSLICED_FROM_BLOCKS = 16;

  private static final int BLOCK = Sm4Key.LENGTH;
  private static final int BATCH_BYTES = Sm4Bitsliced.LANES * BLOCK;
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
    checkNonce(nonce);
    byte[] out = new byte[NONCE_LENGTH + plaintext.length + TAG_LENGTH];
    System.arraycopy(nonce, 0, out, 0, NONCE_LENGTH);
    SM4Engine engine = engine(key);
    counterMode(key, engine, nonce, plaintext, 0, plaintext.length, out, NONCE_LENGTH);
    byte[] tag = tag(key, engine, nonce, aad, out, NONCE_LENGTH, plaintext.length);
    System.arraycopy(tag, 0, out, NONCE_LENGTH + plaintext.length, TAG_LENGTH);
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
    int length = sealed.length - NONCE_LENGTH - TAG_LENGTH;
    SM4Engine engine = engine(key);
    byte[] expected = tag(key, engine, nonce, aad, sealed, NONCE_LENGTH, length);
    byte[] actual = Arrays.copyOfRange(sealed, NONCE_LENGTH + length, sealed.length);
    // Check before decrypting, in constant time: nothing of a forgery is ever released.
    if (!MessageDigest.isEqual(expected, actual)) {
      throw new CryptoException("SM4-GCM authentication failed: tampered, wrong key or wrong aad");
    }
    byte[] plaintext = new byte[length];
    counterMode(key, engine, nonce, sealed, NONCE_LENGTH, length, plaintext, 0);
    return plaintext;
  }

  /** XORs the keystream of counters 2, 3, … (J0 + 1 onwards) into the output. */
  private static void counterMode(
      Sm4Key key,
      SM4Engine engine,
      byte[] nonce,
      byte[] in,
      int inOffset,
      int length,
      byte[] out,
      int outOffset) {
    int blocks = (length + BLOCK - 1) / BLOCK;
    if (blocks >= BITSLICED_FROM_BLOCKS) {
      int[] roundKeys = key.roundKeys();
      byte[] keystream = new byte[BATCH_BYTES];
      for (int done = 0; done < length; done += BATCH_BYTES) {
        long[] slices = Sm4Bitsliced.counterSlices(nonce, 2 + done / BLOCK);
        Sm4Bitsliced.encrypt(roundKeys, slices);
        Sm4Bitsliced.toBytes(slices, keystream);
        xor(
            in,
            inOffset + done,
            keystream,
            out,
            outOffset + done,
            Math.min(BATCH_BYTES, length - done));
      }
      return;
    }
    byte[] counter = counterBlock(nonce, 2);
    byte[] keystream = new byte[BLOCK];
    for (int done = 0; done < length; done += BLOCK) {
      engine.processBlock(counter, 0, keystream, 0);
      xor(in, inOffset + done, keystream, out, outOffset + done, Math.min(BLOCK, length - done));
      increment(counter);
    }
  }

  /** GHASH(H, aad, ciphertext) ⊕ E_K(J0), SP 800-38D 7.1. */
  private static byte[] tag(
      Sm4Key key,
      SM4Engine engine,
      byte[] nonce,
      byte[] aad,
      byte[] ciphertext,
      int offset,
      int length) {
    GCMMultiplier ghash = key.ghash();
    byte[] x = new byte[BLOCK];
    absorb(ghash, x, aad, 0, aad.length);
    absorb(ghash, x, ciphertext, offset, length);
    long aadBits = (long) aad.length * 8;
    long ciphertextBits = (long) length * 8;
    for (int i = 0; i < 8; i++) {
      x[i] ^= (byte) (aadBits >>> (56 - 8 * i));
      x[8 + i] ^= (byte) (ciphertextBits >>> (56 - 8 * i));
    }
    ghash.multiplyH(x);
    byte[] encryptedJ0 = new byte[BLOCK];
    engine.processBlock(counterBlock(nonce, 1), 0, encryptedJ0, 0);
    for (int i = 0; i < BLOCK; i++) {
      x[i] ^= encryptedJ0[i];
    }
    return x;
  }

  /**
   * The key's block cipher for one message: its key schedule is the dearest part of sealing a short
   * value, so the counter blocks and the tag share one (an engine is not thread-safe, hence not
   * kept in the key).
   */
  private static SM4Engine engine(Sm4Key key) {
    SM4Engine engine = new SM4Engine();
    engine.init(true, key.parameter());
    return engine;
  }

  private static void absorb(GCMMultiplier ghash, byte[] x, byte[] data, int offset, int length) {
    for (int done = 0; done < length; done += BLOCK) {
      int chunk = Math.min(BLOCK, length - done);
      for (int i = 0; i < chunk; i++) {
        x[i] ^= data[offset + done + i];
      }
      ghash.multiplyH(x);
    }
  }

  private static byte[] counterBlock(byte[] nonce, int counter) {
    byte[] block = new byte[BLOCK];
    System.arraycopy(nonce, 0, block, 0, NONCE_LENGTH);
    block[12] = (byte) (counter >>> 24);
    block[13] = (byte) (counter >>> 16);
    block[14] = (byte) (counter >>> 8);
    block[15] = (byte) counter;
    return block;
  }

  /** The 32-bit counter at the end of the block, big-endian, wrapping as SP 800-38D's inc32. */
  private static void increment(byte[] block) {
    for (int i = BLOCK - 1; i >= NONCE_LENGTH; i--) {
      if (++block[i] != 0) {
        return;
      }
    }
  }

  private static void xor(
      byte[] in, int inOffset, byte[] keystream, byte[] out, int outOffset, int length) {
    for (int i = 0; i < length; i++) {
      out[outOffset + i] = (byte) (in[inOffset + i] ^ keystream[i]);
    }
  }

  private static void checkNonce(byte[] nonce) {
    if (nonce == null || nonce.length != NONCE_LENGTH) {
      throw new CryptoException("an SM4-GCM nonce is 12 bytes");
    }
  }
}
