package org.onewindow.keycloak.sm2;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.onewindow.crypto.CryptoException;
import org.onewindow.crypto.sm2.Sm2PrivateKey;
import org.onewindow.crypto.sm2.Sm2PublicKey;

/** A configured SM2 key: the private key, its public key and, if given, its certificate. */
record Sm2KeyMaterial(
    Sm2PrivateKey privateKey, Sm2PublicKey publicKey, X509Certificate certificate) {

  /**
   * Reads a PEM PKCS#8 SM2 private key and an optional PEM certificate, which must be the key's.
   *
   * @throws CryptoException with a message naming the field at fault
   */
  static Sm2KeyMaterial read(String privateKeyPem, String certificatePem) {
    Sm2PrivateKey privateKey;
    try {
      privateKey = Sm2PrivateKey.fromPem(privateKeyPem);
    } catch (CryptoException e) {
      throw new CryptoException(
          "SM2 私钥无法读取（应为 PEM PKCS#8）/ unreadable SM2 private key: " + e.getMessage());
    }
    Sm2PublicKey publicKey = privateKey.publicKey();
    if (certificatePem == null || certificatePem.isBlank()) {
      return new Sm2KeyMaterial(privateKey, publicKey, null);
    }
    X509Certificate certificate = certificate(certificatePem);
    Sm2PublicKey certified;
    try {
      certified = Sm2PublicKey.fromDer(certificate.getPublicKey().getEncoded());
    } catch (CryptoException e) {
      throw new CryptoException("证书的公钥不是 SM2 公钥 / the certificate's key is not an SM2 key");
    }
    if (!certified.equals(publicKey)) {
      throw new CryptoException("证书与私钥不匹配 / the certificate is not the private key's");
    }
    return new Sm2KeyMaterial(privateKey, publicKey, certificate);
  }

  /** Bouncy Castle's certificate factory: the JDK's cannot read keys on the SM2 curve. */
  private static X509Certificate certificate(String pem) {
    try {
      CertificateFactory factory =
          CertificateFactory.getInstance("X.509", new BouncyCastleProvider());
      return (X509Certificate)
          factory.generateCertificate(
              new ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.US_ASCII)));
    } catch (CertificateException | RuntimeException e) {
      throw new CryptoException("证书无法读取（应为 PEM X.509）/ unreadable certificate: " + e.getMessage());
    }
  }
}
