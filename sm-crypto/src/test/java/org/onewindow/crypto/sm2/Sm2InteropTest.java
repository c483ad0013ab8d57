package org.onewindow.crypto.sm2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.crypto.OpenSsl;
import org.onewindow.crypto.sm2.Sm2Cipher.Layout;

/** SM2 keys, signatures and ciphertexts cross over to OpenSSL 3 and back. */
class Sm2InteropTest {

  private static final byte[] MESSAGE =
      "{\"appId\":\"gd-001\",\"ts\":1795320000}".getBytes(StandardCharsets.UTF_8);
  private static final String DIST_ID = "distid:1234567812345678";

  @TempDir Path dir;

  @Test
  void openSslKeysAndSignaturesVerifyHere() {
    OpenSsl.assumeAvailable();
    String keyFile = dir.resolve("key.pem").toString();
    OpenSsl.run(new byte[0], "genpkey", "-algorithm", "SM2", "-out", keyFile);
    String publicPem = OpenSsl.text(new byte[0], "pkey", "-in", keyFile, "-pubout");
    String messageFile = OpenSsl.file(dir, "message", MESSAGE);

    byte[] signature =
        OpenSsl.run(new byte[0], "dgst", "-sm3", "-sign", keyFile, "-sigopt", DIST_ID, messageFile);
    assertTrue(Sm2Signature.verify(Sm2PublicKey.fromPem(publicPem), MESSAGE, signature));

    Sm2PrivateKey theirKey =
        Sm2PrivateKey.fromPem(OpenSsl.text(new byte[0], "pkey", "-in", keyFile));
    assertEquals(Sm2PublicKey.fromPem(publicPem), theirKey.publicKey());
  }

  @Test
  void ourKeysAndSignaturesVerifyThere() {
    OpenSsl.assumeAvailable();
    Sm2Keys.Pair pair = Sm2Keys.generate();
    String publicFile =
        OpenSsl.file(dir, "pub.pem", pair.publicKey().toPem().getBytes(StandardCharsets.US_ASCII));
    String messageFile = OpenSsl.file(dir, "message", MESSAGE);
    String signatureFile = OpenSsl.file(dir, "sig", Sm2Signature.sign(pair.privateKey(), MESSAGE));

    String verdict =
        OpenSsl.text(
            new byte[0],
            "dgst",
            "-sm3",
            "-verify",
            publicFile,
            "-sigopt",
            DIST_ID,
            "-signature",
            signatureFile,
            messageFile);
    assertEquals("Verified OK", verdict);

    // OpenSSL reads our PKCS#8 private key and derives the same public key from it.
    String privateFile =
        OpenSsl.file(dir, "key.pem", pair.privateKey().toPem().getBytes(StandardCharsets.US_ASCII));
    String derived = OpenSsl.text(new byte[0], "pkey", "-in", privateFile, "-pubout");
    assertEquals(pair.publicKey(), Sm2PublicKey.fromPem(derived));
  }

  @Test
  void ciphertextsDecryptBothWays() {
    OpenSsl.assumeAvailable();
    Sm2Keys.Pair pair = Sm2Keys.generate();
    String publicFile =
        OpenSsl.file(dir, "pub.pem", pair.publicKey().toPem().getBytes(StandardCharsets.US_ASCII));
    String privateFile =
        OpenSsl.file(dir, "key.pem", pair.privateKey().toPem().getBytes(StandardCharsets.US_ASCII));

    byte[] theirs = OpenSsl.run(MESSAGE, "pkeyutl", "-encrypt", "-pubin", "-inkey", publicFile);
    assertArrayEquals(MESSAGE, Sm2Cipher.decrypt(pair.privateKey(), theirs, Layout.ASN1));

    byte[] ours = Sm2Cipher.encrypt(pair.publicKey(), MESSAGE, Layout.ASN1);
    assertArrayEquals(MESSAGE, OpenSsl.run(ours, "pkeyutl", "-decrypt", "-inkey", privateFile));
  }
}
