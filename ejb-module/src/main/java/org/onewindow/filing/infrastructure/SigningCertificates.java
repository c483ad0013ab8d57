package org.onewindow.filing.infrastructure;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.onewindow.filing.domain.SigningCertificate;

/** How the filing names a signing certificate: its subject and fingerprints of its DER bytes. */
final class SigningCertificates {

  private SigningCertificates() {}

  /** {@code certificate} as the filing shows and compares it. */
  static SigningCertificate of(X509Certificate certificate) throws CertificateEncodingException {
    byte[] der = certificate.getEncoded();
    return new SigningCertificate(
        certificate.getSubjectX500Principal().getName(X500Principal.RFC2253),
        HexFormat.of().formatHex(sha256(der)),
        HexFormat.of().formatHex(sm3(der)),
        certificate.getNotAfter().toInstant());
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** SM3 (GB/T 32905) with Bouncy Castle's digest, as the files kernel hashes uploads. */
  private static byte[] sm3(byte[] bytes) {
    SM3Digest digest = new SM3Digest();
    digest.update(bytes, 0, bytes.length);
    byte[] out = new byte[digest.getDigestSize()];
    digest.doFinal(out, 0);
    return out;
  }
}
