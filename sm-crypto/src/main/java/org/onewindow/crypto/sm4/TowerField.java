package org.onewindow.crypto.sm4;

/**
 * The arithmetic behind {@link SboxCircuit}, worked out once on public constants: SM4's field
 * GF(2⁸) = GF(2)[x]/(x⁸+x⁷+x⁶+x⁵+x⁴+x²+1), the tower GF((2⁴)²) = GF(2⁴)[z]/(z²+z+λ) over GF(2⁴) =
 * GF(2)[y]/(y⁴+y+1), an isomorphism T between them (found as a root of SM4's polynomial in the
 * tower), and the S-box's affine map A·x ⊕ C. The circuit's two linear layers are T·A with T·C on
 * the way in and A·T⁻¹ with C on the way out, stored as lists of input slices per output.
 */
final class TowerField {

  /** SM4's field polynomial, x⁸+x⁷+x⁶+x⁵+x⁴+x²+1. */
  private static final int SM4_POLYNOMIAL = 0x1F5;

  /** The affine constant of the S-box. */
  private static final int C = 0xD3;

  /** Row i of A is this byte rotated right by i; row i gives bit 7−i of the result. */
  private static final int A_ROW = 0xD3;

  static final TowerField INSTANCE = new TowerField();

  private final int lambda;
  private final int[][] inputRows;
  private final int inputConstant;
  private final int[][] outputRows;
  private final int outputConstant;
  private final int[][] lambdaRows;

  private TowerField() {
    lambda = findLambda();
    int[] a = affineColumns();
    int[] t = isomorphismColumns();
    int[] tInverse = invert(t);
    // In: u = T·(A·x ⊕ C) = (T·A)·x ⊕ T·C.   Out: y = A·(T⁻¹·v) ⊕ C.
    inputRows = rowsOf(compose(t, a));
    inputConstant = apply(t, C);
    outputRows = rowsOf(compose(a, tInverse));
    outputConstant = C;
    int[] times = new int[4];
    for (int i = 0; i < 4; i++) {
      times[i] = gf16Multiply(lambda, 1 << i);
    }
    lambdaRows = rowsOf(times, 4);
  }

  /** u = (T·A)·x ⊕ T·C, from the byte in {@code in[offset..offset+7]}. */
  void inputLayer(long[] in, int offset, long[] u) {
    for (int bit = 0; bit < 8; bit++) {
      long value = ((inputConstant >>> bit) & 1) == 0 ? 0L : -1L; // a public constant
      for (int source : inputRows[bit]) {
        value ^= in[offset + source];
      }
      u[bit] = value;
    }
  }

  /** y = (A·T⁻¹)·v ⊕ C, into {@code out[offset..offset+7]}. */
  void outputLayer(long[] v, long[] out, int offset) {
    for (int bit = 0; bit < 8; bit++) {
      long value = ((outputConstant >>> bit) & 1) == 0 ? 0L : -1L;
      for (int source : outputRows[bit]) {
        value ^= v[source];
      }
      out[offset + bit] = value;
    }
  }

  /** λ·a in GF(2⁴), a linear map. */
  long[] timesLambda(long[] a) {
    long[] result = new long[4];
    for (int bit = 0; bit < 4; bit++) {
      long value = 0;
      for (int source : lambdaRows[bit]) {
        value ^= a[source];
      }
      result[bit] = value;
    }
    return result;
  }

  // --- Worked out once, on public constants only -------------------------------------------

  /** A λ that makes z²+z+λ irreducible over GF(2⁴): no z in GF(2⁴) is a root. */
  private static int findLambda() {
    for (int candidate = 1; candidate < 16; candidate++) {
      boolean hasRoot = false;
      for (int z = 0; z < 16; z++) {
        if ((gf16Multiply(z, z) ^ z ^ candidate) == 0) {
          hasRoot = true;
        }
      }
      if (!hasRoot) {
        return candidate;
      }
    }
    throw new IllegalStateException("no irreducible z^2+z+lambda");
  }

  static int gf16Multiply(int a, int b) {
    int result = 0;
    for (int i = 0; i < 4; i++) {
      if (((b >>> i) & 1) != 0) {
        result ^= a << i;
      }
    }
    for (int bit = 6; bit >= 4; bit--) {
      if (((result >>> bit) & 1) != 0) {
        result ^= 0b10011 << (bit - 4); // y⁴ + y + 1
      }
    }
    return result;
  }

  /** Product in the tower: (ah·z + al)(bh·z + bl), z² = z + λ; low nibble al, high nibble ah. */
  private int towerMultiply(int a, int b) {
    int ah = a >>> 4, al = a & 15, bh = b >>> 4, bl = b & 15;
    int hh = gf16Multiply(ah, bh);
    int high = hh ^ gf16Multiply(ah, bl) ^ gf16Multiply(al, bh);
    int low = gf16Multiply(hh, lambda) ^ gf16Multiply(al, bl);
    return (high << 4) | low;
  }

  /** Columns of T: the images of x⁰..x⁷, powers of a root β of SM4's polynomial in the tower. */
  private int[] isomorphismColumns() {
    for (int beta = 2; beta < 256; beta++) {
      int[] powers = new int[9];
      powers[0] = 1;
      for (int i = 1; i <= 8; i++) {
        powers[i] = towerMultiply(powers[i - 1], beta);
      }
      int value = 0;
      for (int i = 0; i <= 8; i++) {
        if (((SM4_POLYNOMIAL >>> i) & 1) != 0) {
          value ^= powers[i];
        }
      }
      if (value == 0) {
        int[] columns = new int[8];
        System.arraycopy(powers, 0, columns, 0, 8);
        return columns;
      }
    }
    throw new IllegalStateException("SM4's polynomial has no root in the tower");
  }

  /** Columns of A (column j = A·eⱼ). */
  private static int[] affineColumns() {
    int[] columns = new int[8];
    for (int j = 0; j < 8; j++) {
      int x = 1 << j;
      int y = 0;
      for (int i = 0; i < 8; i++) {
        int row = ((A_ROW >>> i) | (A_ROW << (8 - i))) & 0xFF;
        y |= (Integer.bitCount(row & x) & 1) << (7 - i);
      }
      columns[j] = y;
    }
    return columns;
  }

  private static int apply(int[] columns, int x) {
    int y = 0;
    for (int j = 0; j < columns.length; j++) {
      if (((x >>> j) & 1) != 0) {
        y ^= columns[j];
      }
    }
    return y;
  }

  /** Columns of M·N. */
  private static int[] compose(int[] m, int[] n) {
    int[] columns = new int[n.length];
    for (int j = 0; j < n.length; j++) {
      columns[j] = apply(m, n[j]);
    }
    return columns;
  }

  /** The inverse of an invertible 8×8 matrix over GF(2), found by its action on all bytes. */
  private static int[] invert(int[] columns) {
    int[] inverse = new int[8];
    for (int x = 0; x < 256; x++) {
      int y = apply(columns, x);
      for (int j = 0; j < 8; j++) {
        if (y == 1 << j) {
          inverse[j] = x;
        }
      }
    }
    return inverse;
  }

  private static int[][] rowsOf(int[] columns) {
    return rowsOf(columns, 8);
  }

  /** For each output bit, the input bits it XORs. */
  private static int[][] rowsOf(int[] columns, int size) {
    int[][] rows = new int[size][];
    for (int i = 0; i < size; i++) {
      int count = 0;
      int[] sources = new int[size];
      for (int j = 0; j < size; j++) {
        if (((columns[j] >>> i) & 1) != 0) {
          sources[count++] = j;
        }
      }
      rows[i] = java.util.Arrays.copyOf(sources, count);
    }
    return rows;
  }
}
