package org.onewindow.crypto.sm4;

import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.gcm.GCMMultiplier;
import org.bouncycastle.crypto.modes.gcm.Tables8kGCMMultiplier;
import org.bouncycastle.crypto.params.KeyParameter;
import org.onewindow.crypto.CryptoException;

/** A 128-bit SM4 key. Holds a private copy of the bytes; {@link #destroy()} wipes it. */
public final class Sm4Key {

  /** SM4 keys and blocks are 128 bits. */
  public static final int LENGTH = 16;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] bytes;

  /**
   * Derived once per key, on first use, each only when needed: the bitsliced round keys (long
   * messages) and the GHASH tables of H = E_K(0¹²⁸) (every GCM message). A GCMMultiplier only reads
   * its tables after init, so one is shared by all threads. A race computes a value twice,
   * harmlessly.
   */
  private volatile int[] roundKeys;

  private volatile GCMMultiplier ghash;

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

  int[] roundKeys() {
    int[] current = roundKeys;
    if (current == null) {
      current = Sm4Bitsliced.roundKeys(bytes);
      roundKeys = current;
    }
    return current;
  }

  GCMMultiplier ghash() {
    GCMMultiplier current = ghash;
    if (current == null) {
      byte[] h = new byte[LENGTH];
      SM4Engine engine = new SM4Engine();
      engine.init(true, parameter());
      engine.processBlock(new byte[LENGTH], 0, h, 0);
      current = new Tables8kGCMMultiplier();
      current.init(h);
      ghash = current;
    }
    return current;
  }

  /** Overwrites the key bytes and what was derived from them: call when the key is done with. */
  public void destroy() {
    Arrays.fill(bytes, (byte) 0);
    int[] keys = roundKeys;
    if (keys != null) {
      Arrays.fill(keys, 0);
    }
    roundKeys = null;
    ghash = null;
  }

  @Override
  public String toString() {
    return "Sm4Key[***]"; // never the key itself, not even in a log line (003 6.3.2.1 d)
  }
}
