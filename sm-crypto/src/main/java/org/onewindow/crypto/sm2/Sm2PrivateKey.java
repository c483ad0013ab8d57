package org.onewindow.crypto.sm2;

import java.io.IOException;
import java.math.BigInteger;
import java.util.HexFormat;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.util.BigIntegers;
import org.onewindow.crypto.CryptoException;

/**
 * An SM2 private key d, 1 ≤ d ≤ n−2 (GB/T 32918.1 6.1). Encodings: PKCS#8 (DER or PEM, as OpenSSL
 * writes) and raw hex of the 32-byte scalar.
 */
public final class Sm2PrivateKey {

  private static final String PEM_TYPE = "PRIVATE KEY";

  private final ECPrivateKeyParameters parameters;

  Sm2PrivateKey(ECPrivateKeyParameters parameters) {
    this.parameters = parameters;
  }

  private static Sm2PrivateKey of(BigInteger d) {
    BigInteger limit = Sm2Curve.DOMAIN.getN().subtract(BigInteger.TWO);
    if (d.signum() <= 0 || d.compareTo(limit) > 0) {
      throw new CryptoException("an SM2 private key lies in [1, n-2]");
    }
    return new Sm2PrivateKey(new ECPrivateKeyParameters(d, Sm2Curve.DOMAIN));
  }

  /** From hex of the 32-byte scalar d. */
  public static Sm2PrivateKey fromHex(String hex) {
    byte[] d = Hex.decode(hex.strip(), "SM2 private key");
    if (d.length != Sm2Curve.FIELD_BYTES) {
      throw new CryptoException("an SM2 private key is 32 bytes");
    }
    return of(new BigInteger(1, d));
  }

  /** From DER PKCS#8 PrivateKeyInfo. */
  public static Sm2PrivateKey fromDer(byte[] der) {
    try {
      AsymmetricKeyParameter key = PrivateKeyFactory.createKey(der);
      if (key instanceof ECPrivateKeyParameters ec && Sm2Keys.onSm2Curve(ec.getParameters())) {
        return of(ec.getD());
      }
      throw new CryptoException("not an SM2 private key");
    } catch (IOException | RuntimeException e) {
      if (e instanceof CryptoException crypto) {
        throw crypto;
      }
      throw new CryptoException("unreadable SM2 private key: " + e.getMessage());
    }
  }

  /** From PEM: a PKCS#8 "PRIVATE KEY" block, as OpenSSL writes it. */
  public static Sm2PrivateKey fromPem(String pem) {
    return fromDer(Pem.decode(pem, PEM_TYPE));
  }

  /** The public key d·G. */
  public Sm2PublicKey publicKey() {
    return new Sm2PublicKey(
        new ECPublicKeyParameters(
            new FixedPointCombMultiplier()
                .multiply(Sm2Curve.DOMAIN.getG(), parameters.getD())
                .normalize(),
            Sm2Curve.DOMAIN));
  }

  public String toHex() {
    return HexFormat.of()
        .formatHex(BigIntegers.asUnsignedByteArray(Sm2Curve.FIELD_BYTES, parameters.getD()));
  }

  public byte[] toDer() {
    try {
      return PrivateKeyInfoFactory.createPrivateKeyInfo(parameters).getEncoded();
    } catch (IOException e) {
      throw new CryptoException("cannot encode SM2 private key", e);
    }
  }

  public String toPem() {
    return Pem.encode(PEM_TYPE, toDer());
  }

  ECPrivateKeyParameters parameters() {
    return parameters;
  }

  @Override
  public String toString() {
    return "Sm2PrivateKey[***]"; // never the key (003 6.3.2.1 d)
  }
}
