package org.onewindow.crypto.sm2;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.DSAEncoding;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;

/**
 * SM2 signatures with SM3 (GB/T 32918.2-2016): e = SM3(Z_A || M), where Z_A binds the signer's ID
 * and public key. Signatures travel as DER (what OpenSSL and most peers use) or as raw {@code r ||
 * s}, 64 bytes (what many light-app SDKs use).
 */
public final class Sm2Signature {

  /** The default signer ID of GM/T 0009-2012 and OpenSSL: "1234567812345678". */
  public static final byte[] DEFAULT_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);

  private static final SecureRandom RANDOM = new SecureRandom();

  /** How a signature is encoded. */
  public enum Encoding {
    /** ASN.1 {@code SEQUENCE { r INTEGER, s INTEGER }}. */
    DER(StandardDSAEncoding.INSTANCE),
    /** {@code r || s}, each 32 bytes big-endian. */
    RAW(PlainDSAEncoding.INSTANCE);

    private final DSAEncoding encoding;

    Encoding(DSAEncoding encoding) {
      this.encoding = encoding;
    }
  }

  private Sm2Signature() {}

  /** Signs with the default ID, DER-encoded. */
  public static byte[] sign(Sm2PrivateKey key, byte[] message) {
    return sign(key, message, DEFAULT_ID, Encoding.DER);
  }

  public static byte[] sign(Sm2PrivateKey key, byte[] message, byte[] id, Encoding encoding) {
    return sign(key, message, id, encoding, RANDOM);
  }

  /** Signs with the nonces of {@code random}: known-answer tests only. */
  static byte[] sign(
      Sm2PrivateKey key, byte[] message, byte[] id, Encoding encoding, SecureRandom random) {
    SM2Signer signer = new SM2Signer(encoding.encoding, new SM3Digest());
    signer.init(true, new ParametersWithID(new ParametersWithRandom(key.parameters(), random), id));
    signer.update(message, 0, message.length);
    try {
      return signer.generateSignature();
    } catch (CryptoException e) {
      throw new org.onewindow.crypto.CryptoException("SM2 signing failed", e);
    }
  }

  /** Verifies a DER signature made with the default ID. */
  public static boolean verify(Sm2PublicKey key, byte[] message, byte[] signature) {
    return verify(key, message, signature, DEFAULT_ID, Encoding.DER);
  }

  /** True only for a valid signature; malformed input is simply not valid. */
  public static boolean verify(
      Sm2PublicKey key, byte[] message, byte[] signature, byte[] id, Encoding encoding) {
    if (signature == null) {
      return false;
    }
    SM2Signer verifier = new SM2Signer(encoding.encoding, new SM3Digest());
    verifier.init(false, new ParametersWithID(key.parameters(), id));
    verifier.update(message, 0, message.length);
    return verifier.verifySignature(signature);
  }

  /** Re-encodes a signature from one encoding to the other. */
  public static byte[] convert(byte[] signature, Encoding from, Encoding to) {
    BigInteger n = Sm2Curve.DOMAIN.getN();
    try {
      BigInteger[] rs = from.encoding.decode(n, signature);
      return to.encoding.encode(n, rs[0], rs[1]);
    } catch (java.io.IOException | RuntimeException e) {
      throw new org.onewindow.crypto.CryptoException("not an SM2 signature in " + from);
    }
  }
}
