package org.onewindow.crypto.sm2;

import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM2Engine;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.util.BigIntegers;
import org.onewindow.crypto.CryptoException;

/**
 * SM2 public-key encryption (GB/T 32918.4-2016). The ciphertext is C1 (the point kG), C3 (SM3 hash)
 * and C2 (the masked message), laid out in one of three ways.
 */
public final class Sm2Cipher {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int POINT_LENGTH = 1 + 2 * Sm2Curve.FIELD_BYTES;
  private static final int HASH_LENGTH = 32;

  /** How the three parts are laid out. */
  public enum Layout {
    /** {@code C1 || C3 || C2}: the 2016 standard's order, the default. */
    C1C3C2,
    /** {@code C1 || C2 || C3}: the 2010 draft's order, still used by legacy peers. */
    C1C2C3,
    /**
     * GM/T 0009 ASN.1 {@code SEQUENCE { x INTEGER, y INTEGER, hash OCTET STRING, ciphertext OCTET
     * STRING }}: what OpenSSL's {@code pkeyutl -encrypt} writes.
     */
    ASN1
  }

  private Sm2Cipher() {}

  public static byte[] encrypt(Sm2PublicKey key, byte[] plaintext, Layout layout) {
    return encrypt(key, plaintext, layout, RANDOM);
  }

  /** Encrypts with the randomness of {@code random}: known-answer tests only. */
  static byte[] encrypt(Sm2PublicKey key, byte[] plaintext, Layout layout, SecureRandom random) {
    if (plaintext.length == 0) {
      throw new CryptoException("SM2 cannot encrypt an empty message");
    }
    SM2Engine engine = new SM2Engine(new SM3Digest(), engineMode(layout));
    engine.init(true, new ParametersWithRandom(key.parameters(), random));
    try {
      byte[] raw = engine.processBlock(plaintext, 0, plaintext.length);
      return layout == Layout.ASN1 ? toAsn1(raw) : raw;
    } catch (InvalidCipherTextException e) {
      throw new CryptoException("SM2 encryption failed", e);
    }
  }

  /**
   * @throws CryptoException when the ciphertext is malformed, altered or for another key
   */
  public static byte[] decrypt(Sm2PrivateKey key, byte[] ciphertext, Layout layout) {
    byte[] raw = layout == Layout.ASN1 ? fromAsn1(ciphertext) : ciphertext;
    if (raw.length <= POINT_LENGTH + HASH_LENGTH) {
      throw new CryptoException("SM2 ciphertext too short");
    }
    if (raw[0] != 0x04) {
      // Only the uncompressed point we write: BC would also take a hybrid (06/07) encoding of the
      // same point, a second spelling of one ciphertext that nothing here produces.
      throw new CryptoException("SM2 ciphertext must start with an uncompressed point (04)");
    }
    SM2Engine engine = new SM2Engine(new SM3Digest(), engineMode(layout));
    engine.init(false, key.parameters());
    try {
      return engine.processBlock(raw, 0, raw.length);
    } catch (InvalidCipherTextException | RuntimeException e) {
      throw new CryptoException("SM2 decryption failed: altered ciphertext or wrong key");
    }
  }

  private static SM2Engine.Mode engineMode(Layout layout) {
    return layout == Layout.C1C2C3 ? SM2Engine.Mode.C1C2C3 : SM2Engine.Mode.C1C3C2;
  }

  /** C1 || C3 || C2 to the ASN.1 form. */
  private static byte[] toAsn1(byte[] raw) {
    int field = Sm2Curve.FIELD_BYTES;
    ASN1EncodableVector parts = new ASN1EncodableVector();
    parts.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(raw, 1, 1 + field))));
    parts.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(raw, 1 + field, POINT_LENGTH))));
    parts.add(
        new DEROctetString(Arrays.copyOfRange(raw, POINT_LENGTH, POINT_LENGTH + HASH_LENGTH)));
    parts.add(new DEROctetString(Arrays.copyOfRange(raw, POINT_LENGTH + HASH_LENGTH, raw.length)));
    try {
      return new DERSequence(parts).getEncoded();
    } catch (IOException e) {
      throw new CryptoException("cannot encode SM2 ciphertext", e);
    }
  }

  /** The ASN.1 form to C1 || C3 || C2. */
  private static byte[] fromAsn1(byte[] der) {
    try {
      ASN1Sequence sequence = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(der));
      if (sequence.size() != 4) {
        throw new CryptoException("SM2 ASN.1 ciphertext has " + sequence.size() + " parts, not 4");
      }
      byte[] x = unsigned(ASN1Integer.getInstance(sequence.getObjectAt(0)).getValue());
      byte[] y = unsigned(ASN1Integer.getInstance(sequence.getObjectAt(1)).getValue());
      byte[] hash = ASN1OctetString.getInstance(sequence.getObjectAt(2)).getOctets();
      byte[] c2 = ASN1OctetString.getInstance(sequence.getObjectAt(3)).getOctets();
      byte[] raw = new byte[POINT_LENGTH + hash.length + c2.length];
      raw[0] = 0x04;
      System.arraycopy(x, 0, raw, 1, x.length);
      System.arraycopy(y, 0, raw, 1 + Sm2Curve.FIELD_BYTES, y.length);
      System.arraycopy(hash, 0, raw, POINT_LENGTH, hash.length);
      System.arraycopy(c2, 0, raw, POINT_LENGTH + hash.length, c2.length);
      return raw;
    } catch (IOException | RuntimeException e) {
      if (e instanceof CryptoException crypto) {
        throw crypto;
      }
      throw new CryptoException("not an SM2 ASN.1 ciphertext");
    }
  }

  private static byte[] unsigned(BigInteger value) {
    if (value.signum() < 0 || value.bitLength() > 8 * Sm2Curve.FIELD_BYTES) {
      throw new CryptoException("SM2 ciphertext coordinate out of range");
    }
    return BigIntegers.asUnsignedByteArray(Sm2Curve.FIELD_BYTES, value);
  }
}
