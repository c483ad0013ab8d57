package org.onewindow.crypto.sm2;

import java.io.IOException;
import java.util.HexFormat;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.math.ec.ECPoint;
import org.onewindow.crypto.CryptoException;

/**
 * An SM2 public key: a point on sm2p256v1. Encodings: X.509 SubjectPublicKeyInfo (DER or PEM, as
 * OpenSSL writes) and raw hex of the uncompressed point {@code 04 || x || y}.
 */
public final class Sm2PublicKey {

  private static final String PEM_TYPE = "PUBLIC KEY";

  private final ECPublicKeyParameters parameters;

  Sm2PublicKey(ECPublicKeyParameters parameters) {
    this.parameters = parameters;
  }

  /** From the 65-byte uncompressed (or 33-byte compressed) point, checked to be on the curve. */
  public static Sm2PublicKey fromPoint(byte[] encoded) {
    try {
      ECPoint point = Sm2Curve.DOMAIN.getCurve().decodePoint(encoded).normalize();
      if (point.isInfinity() || !point.isValid()) {
        throw new CryptoException("not a point of the SM2 curve");
      }
      return new Sm2PublicKey(new ECPublicKeyParameters(point, Sm2Curve.DOMAIN));
    } catch (IllegalArgumentException e) {
      throw new CryptoException("not an SM2 public key point: " + e.getMessage());
    }
  }

  /** From hex of {@code 04 || x || y}; 128 hex digits without the 04 prefix are accepted too. */
  public static Sm2PublicKey fromHex(String hex) {
    String clean = hex.strip();
    if (clean.length() == 4 * Sm2Curve.FIELD_BYTES) {
      clean = "04" + clean;
    }
    return fromPoint(Hex.decode(clean, "SM2 public key"));
  }

  /** From DER SubjectPublicKeyInfo. */
  public static Sm2PublicKey fromDer(byte[] der) {
    try {
      AsymmetricKeyParameter key = PublicKeyFactory.createKey(der);
      if (key instanceof ECPublicKeyParameters ec && Sm2Keys.onSm2Curve(ec.getParameters())) {
        return new Sm2PublicKey(new ECPublicKeyParameters(ec.getQ(), Sm2Curve.DOMAIN));
      }
      throw new CryptoException("not an SM2 public key");
    } catch (IOException | RuntimeException e) {
      if (e instanceof CryptoException crypto) {
        throw crypto;
      }
      throw new CryptoException("unreadable SM2 public key: " + e.getMessage());
    }
  }

  /** From PEM ({@code -----BEGIN PUBLIC KEY-----}). */
  public static Sm2PublicKey fromPem(String pem) {
    return fromDer(Pem.decode(pem, PEM_TYPE));
  }

  /** The uncompressed point {@code 04 || x || y}, 65 bytes. */
  public byte[] toPoint() {
    return parameters.getQ().getEncoded(false);
  }

  public String toHex() {
    return HexFormat.of().formatHex(toPoint());
  }

  public byte[] toDer() {
    try {
      return SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(parameters).getEncoded();
    } catch (IOException e) {
      throw new CryptoException("cannot encode SM2 public key", e);
    }
  }

  public String toPem() {
    return Pem.encode(PEM_TYPE, toDer());
  }

  ECPublicKeyParameters parameters() {
    return parameters;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Sm2PublicKey key && key.parameters.getQ().equals(parameters.getQ());
  }

  @Override
  public int hashCode() {
    return parameters.getQ().hashCode();
  }

  @Override
  public String toString() {
    return "Sm2PublicKey[" + toHex() + "]";
  }
}
