package org.onewindow.crypto.sm2;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import org.bouncycastle.crypto.signers.DSAEncoding;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;
import org.onewindow.crypto.sm2.Sm2Signature.Encoding;

/**
 * SM2 signing for one key at high rates (the platform signs every ticket and record), after the
 * techniques GmSSL uses: per key it keeps (1+d)⁻¹ mod n and the signer's Z value, and it prepares
 * the nonce points k·G in batches — {@link Sm2FixedBase} multiplies, then one shared inversion
 * normalises the whole batch. A signature then costs one SM3 and a few scalar operations.
 *
 * <p>Signatures are exactly GB/T 32918.2 signatures: any SM2 verifier accepts them. Thread-safe; a
 * nonce is handed out once and forgotten. Build one per key and keep it.
 */
public final class Sm2FastSigner {

  /** Nonce points prepared per batch: one field inversion shared by this many signatures. */
  static final int BATCH = 64;

  private final BigInteger d;
  private final BigInteger n = Sm2Curve.DOMAIN.getN();
  private final BigInteger inverseOfOnePlusD;
  private final byte[] z;
  private final SecureRandom random;
  private final ArrayDeque<BigInteger[]> nonces = new ArrayDeque<>(BATCH);

  public Sm2FastSigner(Sm2PrivateKey key) {
    this(key, Sm2Signature.DEFAULT_ID, new SecureRandom());
  }

  public Sm2FastSigner(Sm2PrivateKey key, byte[] id) {
    this(key, id, new SecureRandom());
  }

  Sm2FastSigner(Sm2PrivateKey key, byte[] id, SecureRandom random) {
    this.d = key.parameters().getD();
    this.inverseOfOnePlusD = BigIntegers.modOddInverse(n, d.add(BigInteger.ONE));
    this.z = Sm2Z.of(key.publicKey(), id);
    this.random = random;
  }

  /** Signs {@code message} (e = SM3(Z || M), GB/T 32918.2 6.1). */
  public byte[] sign(byte[] message, Encoding encoding) {
    BigInteger e = new BigInteger(1, digest(message));
    while (true) {
      BigInteger[] nonce = nextNonce();
      BigInteger k = nonce[0];
      BigInteger r = e.add(nonce[1]).mod(n);
      if (r.signum() == 0 || r.add(k).equals(n)) {
        continue; // A5: draw another k
      }
      BigInteger s = inverseOfOnePlusD.multiply(k.subtract(r.multiply(d))).mod(n);
      if (s.signum() == 0) {
        continue; // A6
      }
      try {
        return dsaEncoding(encoding).encode(n, r, s);
      } catch (java.io.IOException encodingFailure) {
        throw new org.onewindow.crypto.CryptoException(
            "cannot encode SM2 signature", encodingFailure);
      }
    }
  }

  public byte[] sign(byte[] message) {
    return sign(message, Encoding.DER);
  }

  private byte[] digest(byte[] message) {
    return Sm2Z.digest(z, message);
  }

  /** A fresh (k, x1 mod n) pair, refilling the batch when it runs dry. */
  private BigInteger[] nextNonce() {
    synchronized (nonces) {
      if (nonces.isEmpty()) {
        refill();
      }
      return nonces.poll();
    }
  }

  private void refill() {
    BigInteger[] ks = new BigInteger[BATCH];
    ECPoint[] points = new ECPoint[BATCH];
    Sm2FixedBase base = Sm2FixedBase.instance();
    for (int i = 0; i < BATCH; i++) {
      ks[i] = BigIntegers.createRandomInRange(BigInteger.ONE, n.subtract(BigInteger.ONE), random);
      points[i] = base.multiply(ks[i]);
    }
    Sm2Curve.DOMAIN.getCurve().normalizeAll(points);
    for (int i = 0; i < BATCH; i++) {
      nonces.add(new BigInteger[] {ks[i], points[i].getAffineXCoord().toBigInteger().mod(n)});
    }
  }

  static DSAEncoding dsaEncoding(Encoding encoding) {
    return encoding == Encoding.DER ? StandardDSAEncoding.INSTANCE : PlainDSAEncoding.INSTANCE;
  }
}
