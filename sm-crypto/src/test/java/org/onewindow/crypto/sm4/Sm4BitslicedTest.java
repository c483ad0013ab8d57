package org.onewindow.crypto.sm4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

/**
 * The bitsliced SM4 against Bouncy Castle's table-driven engine and GCM: the S-box circuit on all
 * 256 inputs, 64-lane counter batches, and whole GCM messages across the path boundaries.
 */
class Sm4BitslicedTest {

  private static final HexFormat HEX = HexFormat.of();

  @Test
  void theSboxCircuitEqualsTheStandardsTable() throws Exception {
    Field field = SM4Engine.class.getDeclaredField("Sbox");
    field.setAccessible(true);
    byte[] table = (byte[]) field.get(null);
    for (int start = 0; start < 256; start += 64) {
      long[] in = new long[8];
      for (int lane = 0; lane < 64; lane++) {
        int value = start + lane;
        for (int bit = 0; bit < 8; bit++) {
          in[bit] |= (long) ((value >>> bit) & 1) << lane;
        }
      }
      long[] out = new long[8];
      SboxCircuit.apply(in, out, 0);
      for (int lane = 0; lane < 64; lane++) {
        int value = 0;
        for (int bit = 0; bit < 8; bit++) {
          value |= (int) ((out[bit] >>> lane) & 1) << bit;
        }
        assertEquals(table[start + lane] & 0xFF, value, "S(" + (start + lane) + ")");
      }
    }
  }

  @Test
  void lane0OfACounterBatchIsTheStandardsExample() {
    // GB/T 32907 A.1: the block 0123…3210 under the key 0123…3210, as nonce ‖ counter.
    byte[] block = HEX.parseHex("0123456789abcdeffedcba9876543210");
    long[] slices = Sm4Bitsliced.counterSlices(Arrays.copyOf(block, 12), 0x76543210);
    Sm4Bitsliced.encrypt(Sm4Bitsliced.roundKeys(block), slices);
    byte[] out = new byte[1024];
    Sm4Bitsliced.toBytes(slices, out);
    assertEquals("681edf34d206965e86b3e94f536e4246", HEX.formatHex(out, 0, 16));
  }

  @Property(tries = 40)
  void everyLaneEqualsBouncyCastle(@ForAll long seed, @ForAll int firstCounter) {
    Random random = new Random(seed);
    byte[] key = new byte[16];
    byte[] nonce = new byte[12];
    random.nextBytes(key);
    random.nextBytes(nonce);
    long[] slices = Sm4Bitsliced.counterSlices(nonce, firstCounter);
    Sm4Bitsliced.encrypt(Sm4Bitsliced.roundKeys(key), slices);
    byte[] ours = new byte[1024];
    Sm4Bitsliced.toBytes(slices, ours);

    SM4Engine engine = new SM4Engine();
    engine.init(true, new KeyParameter(key));
    byte[] expected = new byte[1024];
    for (int lane = 0; lane < 64; lane++) {
      byte[] counter = Arrays.copyOf(nonce, 16);
      int value = firstCounter + lane;
      counter[12] = (byte) (value >>> 24);
      counter[13] = (byte) (value >>> 16);
      counter[14] = (byte) (value >>> 8);
      counter[15] = (byte) value;
      engine.processBlock(counter, 0, expected, 16 * lane);
    }
    assertArrayEquals(expected, ours);
  }

  @Property(tries = 60)
  void gcmEqualsBouncyCastlesGcm(
      @ForAll @IntRange(max = 3000) int length,
      @ForAll @Size(max = 40) byte[] aad,
      @ForAll long seed)
      throws Exception {
    Random random = new Random(seed);
    byte[] key = new byte[16];
    byte[] nonce = new byte[12];
    byte[] plaintext = new byte[length];
    random.nextBytes(key);
    random.nextBytes(nonce);
    random.nextBytes(plaintext);
    byte[] ours = Sm4Gcm.sealWithNonce(Sm4Key.of(key), nonce, plaintext, aad);

    GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
    gcm.init(true, new AEADParameters(new KeyParameter(key), 128, nonce, aad));
    byte[] expected = new byte[gcm.getOutputSize(length)];
    int written = gcm.processBytes(plaintext, 0, length, expected, 0);
    gcm.doFinal(expected, written);
    assertArrayEquals(expected, Arrays.copyOfRange(ours, 12, ours.length));
    assertArrayEquals(plaintext, Sm4Gcm.open(Sm4Key.of(key), ours, aad));
  }
}
