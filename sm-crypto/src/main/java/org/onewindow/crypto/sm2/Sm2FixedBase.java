package org.onewindow.crypto.sm2;

import java.math.BigInteger;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECLookupTable;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/**
 * k·G on sm2p256v1 by a fixed-base window method with large precomputed tables: the scalar is cut
 * into {@value #WIDTH}-bit digits and each digit selects one precomputed point, so a product costs
 * {@value #WINDOWS} point additions and no doublings (BC's comb does about 52 of each).
 *
 * <p>The digit selects its point through Bouncy Castle's cache-safe lookup table, which reads every
 * entry and keeps the wanted one with masks: no memory access depends on the secret digit. A zero
 * digit needs no branch either: window i holds (j+1)·2^(wi)·G for j = 0..2^w−1, so the sum of the
 * selected points is k·G + Σ 2^(wi)·G, and that public constant is subtracted once at the end. All
 * arithmetic is BC's own curve and field code.
 */
final class Sm2FixedBase {

  static final int WIDTH = 5;
  static final int WINDOWS = (256 + WIDTH - 1) / WIDTH;
  private static final int ENTRIES = 1 << WIDTH;
  private static final int MASK = ENTRIES - 1;

  private static final Sm2FixedBase INSTANCE = new Sm2FixedBase();

  private final ECLookupTable[] tables = new ECLookupTable[WINDOWS];
  private final ECPoint minusOffset;

  private Sm2FixedBase() {
    ECCurve curve = Sm2Curve.DOMAIN.getCurve();
    ECPoint base = Sm2Curve.DOMAIN.getG();
    ECPoint offset = curve.getInfinity();
    ECPoint[] all = new ECPoint[WINDOWS * ENTRIES];
    for (int window = 0; window < WINDOWS; window++) {
      ECPoint multiple = base;
      for (int j = 0; j < ENTRIES; j++) {
        all[window * ENTRIES + j] = multiple;
        multiple = multiple.add(base);
      }
      offset = offset.add(base);
      base = multiple.subtract(base); // 2^w · base: the next window's unit
    }
    curve.normalizeAll(all); // one shared inversion for the whole table
    for (int window = 0; window < WINDOWS; window++) {
      tables[window] = curve.createCacheSafeLookupTable(all, window * ENTRIES, ENTRIES);
    }
    minusOffset = offset.negate().normalize();
  }

  static Sm2FixedBase instance() {
    return INSTANCE;
  }

  /** k·G in projective coordinates (normalise before reading x); 0 < k < n. */
  ECPoint multiply(BigInteger k) {
    long[] limbs = limbs(k);
    ECPoint sum = minusOffset;
    for (int window = 0; window < WINDOWS; window++) {
      sum = sum.add(tables[window].lookup(digit(limbs, window)));
    }
    return sum;
  }

  /** The scalar as little-endian 64-bit limbs, one spare so a digit may straddle the top. */
  private static long[] limbs(BigInteger k) {
    byte[] bytes = BigIntegers.asUnsignedByteArray(32, k);
    long[] limbs = new long[5];
    for (int i = 0; i < 32; i++) {
      limbs[i >>> 3] |= (bytes[31 - i] & 0xFFL) << ((i & 7) << 3);
    }
    return limbs;
  }

  /**
   * The window's w-bit digit by shifts and masks only: the position is public, the value secret,
   * and nothing branches or indexes memory on the value.
   */
  private static int digit(long[] limbs, int window) {
    int bit = window * WIDTH;
    int limb = bit >>> 6;
    int shift = bit & 63;
    long low = limbs[limb] >>> shift;
    long high = shift == 0 ? 0 : limbs[limb + 1] << (64 - shift); // shift is public
    return (int) ((low | high) & MASK);
  }
}
