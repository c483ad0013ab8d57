package org.onewindow.crypto.bench;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.onewindow.crypto.sm2.Sm2FastSigner;
import org.onewindow.crypto.sm2.Sm2Keys;
import org.onewindow.crypto.sm2.Sm2Signature;
import org.onewindow.crypto.sm2.Sm2Verifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** SM2 sign/verify: ours, plain BC's SM2Signer (initialised once, reused), and JDK ECDSA P-256. */
@State(Scope.Thread)
public class Sm2Benchmark {

  private final byte[] message =
      "{\"appId\":\"gd-001\",\"user\":\"张*\",\"ts\":1795320000}".getBytes(StandardCharsets.UTF_8);

  private Sm2FastSigner fastSigner;
  private Sm2FastSigner precomputingSigner;
  private Sm2Verifier verifier;
  private SM2Signer bcSigner;
  private SM2Signer bcVerifier;
  private byte[] signature;
  private Signature jdkSigner;
  private Signature jdkVerifier;
  private byte[] jdkSignature;

  @Setup
  public void setUp() throws Exception {
    Sm2Keys.Pair pair = Sm2Keys.generate();
    fastSigner = new Sm2FastSigner(pair.privateKey());
    precomputingSigner =
        new Sm2FastSigner(
            pair.privateKey(), Sm2Signature.DEFAULT_ID, Sm2FastSigner.sharedPrecomputation());
    verifier = new Sm2Verifier(pair.publicKey());
    ECPrivateKeyParameters bcPrivate =
        (ECPrivateKeyParameters) PrivateKeyFactory.createKey(pair.privateKey().toDer());
    ECPublicKeyParameters bcPublic =
        (ECPublicKeyParameters) PublicKeyFactory.createKey(pair.publicKey().toDer());
    bcSigner = new SM2Signer(new SM3Digest());
    bcSigner.init(
        true,
        new ParametersWithID(
            new ParametersWithRandom(bcPrivate, new SecureRandom()), Sm2Signature.DEFAULT_ID));
    bcVerifier = new SM2Signer(new SM3Digest());
    bcVerifier.init(false, new ParametersWithID(bcPublic, Sm2Signature.DEFAULT_ID));
    signature = Sm2Signature.sign(pair.privateKey(), message);

    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair p256 = generator.generateKeyPair();
    jdkSigner = Signature.getInstance("SHA256withECDSA");
    jdkSigner.initSign(p256.getPrivate());
    jdkVerifier = Signature.getInstance("SHA256withECDSA");
    jdkVerifier.initVerify(p256.getPublic());
    jdkSigner.update(message);
    jdkSignature = jdkSigner.sign();
  }

  @Benchmark
  public byte[] sm2SignOurs() {
    return fastSigner.sign(message);
  }

  /** The signing thread's rate while nonce points are prepared on the machine's other core. */
  @Benchmark
  public byte[] sm2SignPrecomputedOurs() {
    return precomputingSigner.sign(message);
  }

  @Benchmark
  public byte[] sm2SignBc() throws CryptoException {
    bcSigner.update(message, 0, message.length);
    return bcSigner.generateSignature();
  }

  @Benchmark
  public boolean sm2VerifyOurs() {
    return verifier.verify(message, signature);
  }

  @Benchmark
  public boolean sm2VerifyBc() {
    bcVerifier.update(message, 0, message.length);
    return bcVerifier.verifySignature(signature);
  }

  @Benchmark
  public byte[] ecdsaP256SignJdk() throws Exception {
    jdkSigner.update(message);
    return jdkSigner.sign();
  }

  @Benchmark
  public boolean ecdsaP256VerifyJdk() throws Exception {
    jdkVerifier.update(message);
    return jdkVerifier.verify(jdkSignature);
  }
}
