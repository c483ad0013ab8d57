package org.onewindow.crypto.sm4;

/**
 * The SM4 S-box as a Boolean circuit over bit slices: each {@code long} carries one bit of 64
 * independent bytes, so one evaluation substitutes 64 bytes with XOR, AND and NOT only — no table,
 * no branch, nothing that depends on the data's value (constant time by construction).
 *
 * <p>The S-box is S(x) = A·(A·x ⊕ C)⁻¹ ⊕ C in GF(2⁸) modulo x⁸+x⁷+x⁶+x⁵+x⁴+x²+1 (the algebraic
 * structure of GB/T 32907's table). The inversion runs in the isomorphic tower field GF((2⁴)²),
 * where it costs five GF(2⁴) multiplications; {@link TowerField} derives the basis changes, merged
 * with A and C into the two linear layers here, once at class load.
 */
final class SboxCircuit {

  private static final TowerField TOWER = TowerField.INSTANCE;

  private SboxCircuit() {}

  /**
   * Substitutes the byte held in slices {@code in[offset..offset+7]} (bit i of the byte in slice
   * {@code offset + i}) into {@code out[offset..offset+7]}.
   */
  static void apply(long[] in, long[] out, int offset) {
    long[] u = new long[8];
    TOWER.inputLayer(in, offset, u);
    // u = ah·z + al in the tower: al = u[0..3], ah = u[4..7].
    long al0 = u[0], al1 = u[1], al2 = u[2], al3 = u[3];
    long ah0 = u[4], ah1 = u[5], ah2 = u[6], ah3 = u[7];

    // Δ = λ·ah² ⊕ ah·al ⊕ al², an element of GF(2⁴).
    long[] ahSq = square(ah0, ah1, ah2, ah3);
    long[] lambdaAhSq = TOWER.timesLambda(ahSq);
    long[] ahAl = multiply(ah0, ah1, ah2, ah3, al0, al1, al2, al3);
    long[] alSq = square(al0, al1, al2, al3);
    long d0 = lambdaAhSq[0] ^ ahAl[0] ^ alSq[0];
    long d1 = lambdaAhSq[1] ^ ahAl[1] ^ alSq[1];
    long d2 = lambdaAhSq[2] ^ ahAl[2] ^ alSq[2];
    long d3 = lambdaAhSq[3] ^ ahAl[3] ^ alSq[3];

    // Δ⁻¹ = Δ¹⁴ = Δ¹²·Δ², with Δ¹² = (Δ³)⁴ (0 maps to 0, as the S-box's inversion wants).
    long[] dSq = square(d0, d1, d2, d3);
    long[] dCube = multiply(dSq[0], dSq[1], dSq[2], dSq[3], d0, d1, d2, d3);
    long[] d6 = square(dCube[0], dCube[1], dCube[2], dCube[3]);
    long[] d12 = square(d6[0], d6[1], d6[2], d6[3]);
    long[] dInv = multiply(d12[0], d12[1], d12[2], d12[3], dSq[0], dSq[1], dSq[2], dSq[3]);

    // a⁻¹ = (ah·Δ⁻¹)·z + (ah ⊕ al)·Δ⁻¹.
    long[] high = multiply(ah0, ah1, ah2, ah3, dInv[0], dInv[1], dInv[2], dInv[3]);
    long[] low =
        multiply(ah0 ^ al0, ah1 ^ al1, ah2 ^ al2, ah3 ^ al3, dInv[0], dInv[1], dInv[2], dInv[3]);
    long[] v = {low[0], low[1], low[2], low[3], high[0], high[1], high[2], high[3]};
    TOWER.outputLayer(v, out, offset);
  }

  /** Product in GF(2⁴) = GF(2)[y]/(y⁴+y+1): schoolbook, then y⁴ = y+1. */
  static long[] multiply(long a0, long a1, long a2, long a3, long b0, long b1, long b2, long b3) {
    long c0 = a0 & b0;
    long c1 = (a0 & b1) ^ (a1 & b0);
    long c2 = (a0 & b2) ^ (a1 & b1) ^ (a2 & b0);
    long c3 = (a0 & b3) ^ (a1 & b2) ^ (a2 & b1) ^ (a3 & b0);
    long c4 = (a1 & b3) ^ (a2 & b2) ^ (a3 & b1);
    long c5 = (a2 & b3) ^ (a3 & b2);
    long c6 = a3 & b3;
    // y⁴ = y + 1, y⁵ = y² + y, y⁶ = y³ + y².
    return new long[] {c0 ^ c4, c1 ^ c4 ^ c5, c2 ^ c5 ^ c6, c3 ^ c6};
  }

  /** Square in GF(2⁴), a linear map: a0 + a1·y² + a2·(y+1) + a3·(y³+y²). */
  static long[] square(long a0, long a1, long a2, long a3) {
    return new long[] {a0 ^ a2, a2, a1 ^ a3, a3};
  }
}
