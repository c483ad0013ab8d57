package org.onewindow.crypto.sm4;

import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.gcm.GCMMultiplier;
import org.bouncycastle.crypto.modes.gcm.Tables4kGCMMultiplier;
import org.bouncycastle.crypto.params.KeyParameter;
import org.onewindow.crypto.CryptoException;

/** A 128-bit SM4 key. Holds a private copy of the bytes; {@link #destroy()} wipes it. */
public final class Sm4Key {

  /** SM4 keys and blocks are 128 bits. */
  public static final int LENGTH = 16;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] bytes;

  /** Derived once per key, on first use: round keys and the GHASH tables of H = E_K(0¹²⁸). */
  private volatile Expanded expanded;

  /** The key's expansions; a GCMMultiplier only reads its tables after init, so one is shared. */
  record Expanded(int[] roundKeys, GCMMultiplier ghash) {}

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

  Expanded expanded() {
    Expanded current = expanded;
    if (current == null) {
      byte[] h = new byte[LENGTH];
      SM4Engine engine = new SM4Engine();
      engine.init(true, parameter());
      engine.processBlock(new byte[LENGTH], 0, h, 0);
      GCMMultiplier ghash = new Tables4kGCMMultiplier();
      ghash.init(h);
      current = new Expanded(Sm4Bitsliced.roundKeys(bytes), ghash);
      expanded = current; // a race computes the same values twice, harmlessly
    }
    return current;
  }

  /** Overwrites the key bytes and what was derived from them: call when the key is done with. */
  public void destroy() {
    Arrays.fill(bytes, (byte) 0);
    Expanded current = expanded;
    if (current != null) {
      Arrays.fill(current.roundKeys(), 0);
      expanded = null;
    }
  }

  @Override
  public String toString() {
    return "Sm4Key[***]"; // never the key itself, not even in a log line (003 6.3.2.1 d)
  }
}
