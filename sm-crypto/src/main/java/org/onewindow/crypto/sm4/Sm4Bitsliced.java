package org.onewindow.crypto.sm4;

/**
 * SM4 (GB/T 32907-2016) on 64 blocks at once, bitsliced: slice {@code 32·w + b} holds bit b of word
 * w of all 64 blocks, so a round is a few hundred XOR/AND operations on {@code long}s for all of
 * them and the S-box is {@link SboxCircuit}. Nothing indexes memory or branches on key or data, so
 * it runs in constant time — unlike table-driven SM4. Counter mode feeds it naturally.
 */
final class Sm4Bitsliced {

  static final int LANES = 64;
  static final int SLICES = 128;

  private static final int[] FK = {0xa3b1bac6, 0x56aa3350, 0x677d9197, 0xb27022dc};

  private Sm4Bitsliced() {}

  /** The 32 round keys (GB/T 32907 7.3), the S-box evaluated as a circuit on one lane. */
  static int[] roundKeys(byte[] key) {
    int[] k = new int[36];
    for (int i = 0; i < 4; i++) {
      k[i] = bigEndian(key, 4 * i) ^ FK[i];
    }
    for (int i = 0; i < 32; i++) {
      int b = tau(k[i + 1] ^ k[i + 2] ^ k[i + 3] ^ ck(i));
      k[i + 4] = k[i] ^ b ^ Integer.rotateLeft(b, 13) ^ Integer.rotateLeft(b, 23);
    }
    int[] roundKeys = new int[32];
    System.arraycopy(k, 4, roundKeys, 0, 32);
    return roundKeys;
  }

  /** CK_i: byte j is (4i + j)·7 mod 256. */
  private static int ck(int i) {
    int value = 0;
    for (int j = 0; j < 4; j++) {
      value = (value << 8) | (((4 * i + j) * 7) & 0xFF);
    }
    return value;
  }

  /** τ on one word, in lane 0 of the circuit. */
  private static int tau(int word) {
    long[] in = new long[32];
    long[] out = new long[32];
    for (int bit = 0; bit < 32; bit++) {
      in[bit] = (word >>> bit) & 1;
    }
    for (int offset = 0; offset < 32; offset += 8) {
      SboxCircuit.apply(in, out, offset);
    }
    int result = 0;
    for (int bit = 0; bit < 32; bit++) {
      result |= ((int) (out[bit] & 1)) << bit;
    }
    return result;
  }

  /** Encrypts the 64 blocks held in {@code slices} in place (GB/T 32907 7.1). */
  static void encrypt(int[] roundKeys, long[] slices) {
    long[][] x = new long[4][32];
    for (int w = 0; w < 4; w++) {
      System.arraycopy(slices, 32 * w, x[w], 0, 32);
    }
    long[] t = new long[32];
    long[] s = new long[32];
    for (int round = 0; round < 32; round++) {
      long[] x0 = x[round & 3];
      long[] x1 = x[(round + 1) & 3];
      long[] x2 = x[(round + 2) & 3];
      long[] x3 = x[(round + 3) & 3];
      int key = roundKeys[round];
      for (int b = 0; b < 32; b++) {
        t[b] = x1[b] ^ x2[b] ^ x3[b] ^ -(long) ((key >>> b) & 1);
      }
      for (int offset = 0; offset < 32; offset += 8) {
        SboxCircuit.apply(t, s, offset);
      }
      // L(B) = B ⊕ (B ⋘ 2) ⊕ (B ⋘ 10) ⊕ (B ⋘ 18) ⊕ (B ⋘ 24); x0 becomes X_{round+4}.
      for (int b = 0; b < 32; b++) {
        x0[b] ^= s[b] ^ s[(b + 30) & 31] ^ s[(b + 22) & 31] ^ s[(b + 14) & 31] ^ s[(b + 8) & 31];
      }
    }
    // The output is (X35, X34, X33, X32): the reverse of the ring's order.
    for (int w = 0; w < 4; w++) {
      System.arraycopy(x[3 - w], 0, slices, 32 * w, 32);
    }
  }

  /** Slices of the counter blocks nonce(12) ‖ BE32(first + lane), lane 0..63. */
  static long[] counterSlices(byte[] nonce, int first) {
    long[] slices = new long[SLICES];
    for (int w = 0; w < 3; w++) {
      int word = bigEndian(nonce, 4 * w); // public: the nonce travels in clear
      for (int b = 0; b < 32; b++) {
        slices[32 * w + b] = -(long) ((word >>> b) & 1);
      }
    }
    long[] counters = new long[LANES];
    for (int lane = 0; lane < LANES; lane++) {
      counters[lane] = (first + lane) & 0xFFFFFFFFL;
    }
    transpose64(counters);
    System.arraycopy(counters, 0, slices, 96, 32);
    return slices;
  }

  /** Writes the 64 blocks held in {@code slices} as 1,024 bytes, block after block. */
  static void toBytes(long[] slices, byte[] out) {
    long[] words01 = new long[LANES];
    long[] words23 = new long[LANES];
    System.arraycopy(slices, 0, words01, 32, 32); // word 0 in the high halves
    System.arraycopy(slices, 32, words01, 0, 32); // word 1 in the low halves
    System.arraycopy(slices, 64, words23, 32, 32);
    System.arraycopy(slices, 96, words23, 0, 32);
    transpose64(words01);
    transpose64(words23);
    for (int lane = 0; lane < LANES; lane++) {
      putBigEndian(words01[lane], out, 16 * lane);
      putBigEndian(words23[lane], out, 16 * lane + 8);
    }
  }

  /** Transposes a 64×64 bit matrix in place: bit j of row i becomes bit i of row j. */
  static void transpose64(long[] a) {
    long mask = 0x00000000FFFFFFFFL;
    for (int j = 32; j != 0; j >>>= 1, mask ^= (mask << j)) {
      for (int k = 0; k < 64; k = ((k | j) + 1) & ~j) {
        long t = ((a[k] >>> j) ^ a[k | j]) & mask;
        a[k] ^= t << j;
        a[k | j] ^= t;
      }
    }
  }

  private static int bigEndian(byte[] bytes, int offset) {
    return ((bytes[offset] & 0xFF) << 24)
        | ((bytes[offset + 1] & 0xFF) << 16)
        | ((bytes[offset + 2] & 0xFF) << 8)
        | (bytes[offset + 3] & 0xFF);
  }

  private static void putBigEndian(long value, byte[] out, int offset) {
    for (int i = 0; i < 8; i++) {
      out[offset + i] = (byte) (value >>> (56 - 8 * i));
    }
  }
}
