package org.onewindow.filing.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;

/**
 * A signing key and its self-signed certificate, generated for a test: RSA 2048 or EC P-256, as
 * Android developers' keys are. The certificate is written in DER here rather than with Bouncy
 * Castle's PKIX builder: bcpkix would add a second Bouncy Castle version to the class path (the
 * server's bcprov is 1.83, the only bcpkix available 1.84), and an X.509 v1 certificate is a few
 * fixed fields.
 *
 * @param name the certificate's common name
 * @param privateKey the key packages are signed with
 * @param certificate its self-signed certificate, valid 2020–2049
 */
public record TestSigner(String name, PrivateKey privateKey, X509Certificate certificate) {

  /** A new RSA 2048 key named {@code name}. */
  public static TestSigner rsa(String name) {
    return generate(name, "RSA", null, "SHA256withRSA", RSA_SHA256);
  }

  /** A new EC P-256 key named {@code name}. */
  public static TestSigner ec(String name) {
    return generate(name, "EC", new ECGenParameterSpec("secp256r1"), "SHA256withECDSA", EC_SHA256);
  }

  // AlgorithmIdentifier DER: sha256WithRSAEncryption with NULL parameters; ecdsa-with-SHA256
  private static final byte[] RSA_SHA256 = hex("300d06092a864886f70d01010b0500");
  private static final byte[] EC_SHA256 = hex("300a06082a8648ce3d040302");

  private static TestSigner generate(
      String name, String algorithm, ECGenParameterSpec curve, String signature, byte[] algId) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
      if (curve != null) {
        generator.initialize(curve);
      } else {
        generator.initialize(2048);
      }
      KeyPair keys = generator.generateKeyPair();
      byte[] subject = name(name);
      byte[] tbs =
          sequence(
              integer(BigInteger.valueOf(name.hashCode() & 0x7fffffffL).add(BigInteger.ONE)),
              algId,
              subject,
              sequence(time("200101000000Z"), time("491231235959Z")),
              subject,
              keys.getPublic().getEncoded());
      Signature signer = Signature.getInstance(signature);
      signer.initSign(keys.getPrivate());
      signer.update(tbs);
      byte[] certificate = sequence(tbs, algId, bitString(signer.sign()));
      X509Certificate parsed =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(new ByteArrayInputStream(certificate));
      return new TestSigner(name, keys.getPrivate(), parsed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Name ::= SEQUENCE { SET { SEQUENCE { commonName, UTF8String } } } */
  private static byte[] name(String commonName) {
    byte[] cn = hex("0603550403");
    return sequence(
        tlv(0x31, sequence(cn, tlv(0x0c, commonName.getBytes(StandardCharsets.UTF_8)))));
  }

  private static byte[] time(String utc) {
    return tlv(0x17, utc.getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] integer(BigInteger value) {
    return tlv(0x02, value.toByteArray());
  }

  private static byte[] bitString(byte[] bits) {
    byte[] content = new byte[bits.length + 1];
    System.arraycopy(bits, 0, content, 1, bits.length);
    return tlv(0x03, content);
  }

  private static byte[] sequence(byte[]... parts) {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      content.writeBytes(part);
    }
    return tlv(0x30, content.toByteArray());
  }

  private static byte[] tlv(int tag, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    int length = content.length;
    if (length < 0x80) {
      out.write(length);
    } else if (length < 0x100) {
      out.write(0x81);
      out.write(length);
    } else {
      out.write(0x82);
      out.write(length >> 8);
      out.write(length & 0xff);
    }
    out.writeBytes(content);
    return out.toByteArray();
  }

  private static byte[] hex(String digits) {
    return java.util.HexFormat.of().parseHex(digits);
  }
}
