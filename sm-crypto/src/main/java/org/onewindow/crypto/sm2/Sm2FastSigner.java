package org.onewindow.crypto.sm2;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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

  /** Refill in the background when fewer than this many prepared nonces remain. */
  static final int LOW_WATER = 2 * BATCH;

  private final SecureRandom random;
  private final Executor precomputation;
  private final ConcurrentLinkedQueue<BigInteger[]> nonces = new ConcurrentLinkedQueue<>();
  private final AtomicInteger prepared = new AtomicInteger();
  private final AtomicBoolean refilling = new AtomicBoolean();

  public Sm2FastSigner(Sm2PrivateKey key) {
    this(key, Sm2Signature.DEFAULT_ID);
  }

  /** A signer that prepares its nonce points itself, in the signing thread, a batch at a time. */
  public Sm2FastSigner(Sm2PrivateKey key, byte[] id) {
    this(key, id, new SecureRandom(), null);
  }

  /**
   * A signer that prepares nonce points ahead on {@code precomputation} (for instance {@link
   * #sharedPrecomputation()}), so a signing thread rarely waits for one: on a server with a spare
   * core, signatures then cost little more than a hash. Like GmSSL's precomputed signing.
   */
  public Sm2FastSigner(Sm2PrivateKey key, byte[] id, Executor precomputation) {
    this(key, id, new SecureRandom(), precomputation);
  }

  Sm2FastSigner(Sm2PrivateKey key, byte[] id, SecureRandom random) {
    this(key, id, random, null);
  }

  private Sm2FastSigner(
      Sm2PrivateKey key, byte[] id, SecureRandom random, Executor precomputation) {
    this.d = key.parameters().getD();
    this.inverseOfOnePlusD = BigIntegers.modOddInverse(n, d.add(BigInteger.ONE));
    this.z = Sm2Z.of(key.publicKey(), id);
    this.random = random;
    this.precomputation = precomputation;
  }

  /** One daemon thread that prepares nonce points for every signer that asks it to. */
  public static Executor sharedPrecomputation() {
    return SharedPrecomputation.EXECUTOR;
  }

  private static final class SharedPrecomputation {
    static final ExecutorService EXECUTOR =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "sm2-nonce-precomputation");
              thread.setDaemon(true);
              return thread;
            });
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

  /**
   * A fresh (k, x1 mod n) pair, handed out once: from the prepared ones, or from a batch made here
   * and now when none is left.
   */
  private BigInteger[] nextNonce() {
    BigInteger[] nonce = nonces.poll();
    if (nonce != null) {
      if (prepared.decrementAndGet() < LOW_WATER && precomputation != null) {
        refillInBackground();
      }
      return nonce;
    }
    BigInteger[][] batch = batch();
    for (int i = 1; i < batch.length; i++) {
      nonces.add(batch[i]);
    }
    prepared.addAndGet(batch.length - 1);
    return batch[0];
  }

  private void refillInBackground() {
    if (refilling.compareAndSet(false, true)) {
      precomputation.execute(
          () -> {
            try {
              for (BigInteger[] nonce : batch()) {
                nonces.add(nonce);
              }
              prepared.addAndGet(BATCH);
            } finally {
              refilling.set(false);
            }
          });
    }
  }

  /** BATCH nonces and their points: BATCH fixed-base products, one shared inversion. */
  private BigInteger[][] batch() {
    BigInteger[] ks = new BigInteger[BATCH];
    ECPoint[] points = new ECPoint[BATCH];
    Sm2FixedBase base = Sm2FixedBase.instance();
    for (int i = 0; i < BATCH; i++) {
      ks[i] = BigIntegers.createRandomInRange(BigInteger.ONE, n.subtract(BigInteger.ONE), random);
      points[i] = base.multiply(ks[i]);
    }
    Sm2Curve.DOMAIN.getCurve().normalizeAll(points);
    BigInteger[][] batch = new BigInteger[BATCH][];
    for (int i = 0; i < BATCH; i++) {
      batch[i] = new BigInteger[] {ks[i], points[i].getAffineXCoord().toBigInteger().mod(n)};
    }
    return batch;
  }

  static DSAEncoding dsaEncoding(Encoding encoding) {
    return encoding == Encoding.DER ? StandardDSAEncoding.INSTANCE : PlainDSAEncoding.INSTANCE;
  }
}
