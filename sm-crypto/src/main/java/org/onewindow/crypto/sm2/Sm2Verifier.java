package org.onewindow.crypto.sm2;

import java.io.IOException;
import java.math.BigInteger;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;
import org.onewindow.crypto.sm2.Sm2Signature.Encoding;

/**
 * Verifies SM2 signatures of one public key at high rates (every signed request of an app): the
 * signer's Z value is computed once, and s·G + t·P_A reuses the precomputed tables of both points.
 * Thread-safe; build one per key and keep it.
 */
public final class Sm2Verifier {

  private final BigInteger n = Sm2Curve.DOMAIN.getN();
  private final ECPoint generator = Sm2Curve.DOMAIN.getG();
  private final ECPoint publicPoint;
  private final byte[] z;

  public Sm2Verifier(Sm2PublicKey key) {
    this(key, Sm2Signature.DEFAULT_ID);
  }

  public Sm2Verifier(Sm2PublicKey key, byte[] id) {
    this.publicPoint = key.parameters().getQ();
    this.z = Sm2Z.of(key, id);
  }

  /** Verifies a DER signature. */
  public boolean verify(byte[] message, byte[] signature) {
    return verify(message, signature, Encoding.DER);
  }

  /** True only for a valid signature (GB/T 32918.2 7.1); malformed input is simply not valid. */
  public boolean verify(byte[] message, byte[] signature, Encoding encoding) {
    if (signature == null) {
      return false;
    }
    BigInteger[] rs;
    try {
      rs = Sm2FastSigner.dsaEncoding(encoding).decode(n, signature);
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
    BigInteger r = rs[0];
    BigInteger s = rs[1];
    if (!inRange(r) || !inRange(s)) {
      return false; // B1, B2
    }
    BigInteger t = r.add(s).mod(n);
    if (t.signum() == 0) {
      return false; // B5
    }
    BigInteger e = new BigInteger(1, Sm2Z.digest(z, message));
    // s·G + t·P_A with shared doublings (BC's interleaved wNAF; G's and P_A's tables are cached).
    ECPoint point = ECAlgorithms.sumOfTwoMultiplies(generator, s, publicPoint, t).normalize();
    if (point.isInfinity()) {
      return false;
    }
    return e.add(point.getAffineXCoord().toBigInteger()).mod(n).equals(r); // B6, B7
  }

  private boolean inRange(BigInteger value) {
    return value.signum() > 0 && value.compareTo(n) < 0;
  }
}
