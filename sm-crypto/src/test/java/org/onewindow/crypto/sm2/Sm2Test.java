package org.onewindow.crypto.sm2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.util.test.TestRandomBigInteger;
import org.junit.jupiter.api.Test;
import org.onewindow.crypto.CryptoException;
import org.onewindow.crypto.sm2.Sm2Cipher.Layout;
import org.onewindow.crypto.sm2.Sm2Signature.Encoding;

/**
 * SM2 against the worked examples on the recommended curve of GM/T 0003.5-2012 (the same as GB/T
 * 32918.5-2017 lists for sm2p256v1), and its failure modes.
 */
class Sm2Test {

  private static final HexFormat HEX = HexFormat.of();
  private static final String D =
      "3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8";
  private static final String PUBLIC =
      "04"
          + "09f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020"
          + "ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13";
  private static final String K =
      "59276e27d506861a16680f3ad9c02dccef3cc1fa3cdbe4ce6d54b80deac1bc21";

  private static final Sm2PrivateKey KEY = Sm2PrivateKey.fromHex(D);

  @Test
  void thePublicKeyIsDerivedAsTheExampleSays() {
    assertEquals(PUBLIC, KEY.publicKey().toHex());
  }

  @Test
  void theSignatureExampleIsReproduced() {
    byte[] message = "message digest".getBytes(StandardCharsets.US_ASCII);
    byte[] signature =
        Sm2Signature.sign(
            KEY, message, Sm2Signature.DEFAULT_ID, Encoding.RAW, new TestRandomBigInteger(K, 16));
    assertEquals(
        "f5a03b0648d2c4630eeac513e1bb81a15944da3827d5b74143ac7eaceee720b3"
            + "b1b6aa29df212fd8763182bc0d421ca1bb9038fd1f7f42d4840b69c485bbc1aa",
        HEX.formatHex(signature));
    assertTrue(
        Sm2Signature.verify(
            Sm2PublicKey.fromHex(PUBLIC),
            message,
            signature,
            Sm2Signature.DEFAULT_ID,
            Encoding.RAW));
  }

  @Test
  void theEncryptionExampleIsReproduced() {
    byte[] message = "encryption standard".getBytes(StandardCharsets.US_ASCII);
    byte[] ciphertext =
        Sm2Cipher.encrypt(
            Sm2PublicKey.fromHex(PUBLIC), message, Layout.C1C3C2, new TestRandomBigInteger(K, 16));
    assertEquals(
        "04"
            + "04ebfc718e8d1798620432268e77feb6415e2ede0e073c0f4f640ecd2e149a73"
            + "e858f9d81e5430a57b36daab8f950a3c64e6ee6a63094d99283aff767e124df0"
            + "59983c18f809e262923c53aec295d30383b54e39d609d160afcb1908d0bd8766"
            + "21886ca989ca9c7d58087307ca93092d651efa",
        HEX.formatHex(ciphertext));
    assertArrayEquals(message, Sm2Cipher.decrypt(KEY, ciphertext, Layout.C1C3C2));
  }

  @Test
  void everyLayoutRoundTripsAndLayoutsAreNotInterchangeable() {
    Sm2Keys.Pair pair = Sm2Keys.generate();
    byte[] message = "用户信息".getBytes(StandardCharsets.UTF_8);
    for (Layout layout : Layout.values()) {
      byte[] ciphertext = Sm2Cipher.encrypt(pair.publicKey(), message, layout);
      assertArrayEquals(
          message, Sm2Cipher.decrypt(pair.privateKey(), ciphertext, layout), layout.name());
    }
    byte[] c1c3c2 = Sm2Cipher.encrypt(pair.publicKey(), message, Layout.C1C3C2);
    assertThrows(
        CryptoException.class, () -> Sm2Cipher.decrypt(pair.privateKey(), c1c3c2, Layout.C1C2C3));
  }

  @Test
  void alteredCiphertextOrAnotherKeyIsRefused() {
    Sm2Keys.Pair pair = Sm2Keys.generate();
    byte[] ciphertext = Sm2Cipher.encrypt(pair.publicKey(), new byte[] {1, 2, 3}, Layout.C1C3C2);
    byte[] altered = ciphertext.clone();
    altered[altered.length - 1] ^= 1;
    assertThrows(
        CryptoException.class, () -> Sm2Cipher.decrypt(pair.privateKey(), altered, Layout.C1C3C2));
    assertThrows(
        CryptoException.class,
        () -> Sm2Cipher.decrypt(Sm2Keys.generate().privateKey(), ciphertext, Layout.C1C3C2));
    assertThrows(
        CryptoException.class,
        () -> Sm2Cipher.decrypt(pair.privateKey(), new byte[5], Layout.ASN1));
  }

  @Test
  void signaturesBindTheMessageTheKeyAndTheSignerId() {
    Sm2Keys.Pair pair = Sm2Keys.generate();
    byte[] message = "GET /api/v1/apps".getBytes(StandardCharsets.UTF_8);
    byte[] signature = Sm2Signature.sign(pair.privateKey(), message);
    assertTrue(Sm2Signature.verify(pair.publicKey(), message, signature));
    assertFalse(
        Sm2Signature.verify(
            pair.publicKey(), "GET /api/v1/app".getBytes(StandardCharsets.UTF_8), signature));
    assertFalse(Sm2Signature.verify(Sm2Keys.generate().publicKey(), message, signature));
    byte[] otherId = "ALICE123@YAHOO.COM".getBytes(StandardCharsets.US_ASCII);
    assertFalse(Sm2Signature.verify(pair.publicKey(), message, signature, otherId, Encoding.DER));
    assertFalse(Sm2Signature.verify(pair.publicKey(), message, new byte[] {0x30, 0x00}));
    assertFalse(Sm2Signature.verify(pair.publicKey(), message, null));
  }

  @Test
  void signatureEncodingsConvertBothWays() {
    Sm2Keys.Pair pair = Sm2Keys.generate();
    byte[] message = {42};
    byte[] der = Sm2Signature.sign(pair.privateKey(), message);
    byte[] raw = Sm2Signature.convert(der, Encoding.DER, Encoding.RAW);
    assertEquals(64, raw.length);
    assertTrue(
        Sm2Signature.verify(pair.publicKey(), message, raw, Sm2Signature.DEFAULT_ID, Encoding.RAW));
    assertArrayEquals(der, Sm2Signature.convert(raw, Encoding.RAW, Encoding.DER));
    assertThrows(
        CryptoException.class, () -> Sm2Signature.convert(new byte[3], Encoding.DER, Encoding.RAW));
  }

  @Test
  void keysSurvivePemDerAndHex() {
    Sm2Keys.Pair pair = Sm2Keys.generate();
    Sm2PrivateKey fromPem = Sm2PrivateKey.fromPem(pair.privateKey().toPem());
    assertEquals(pair.privateKey().toHex(), fromPem.toHex());
    assertEquals(pair.publicKey(), Sm2PublicKey.fromPem(pair.publicKey().toPem()));
    assertEquals(pair.publicKey(), Sm2PublicKey.fromHex(pair.publicKey().toHex()));
    assertEquals(pair.publicKey(), Sm2PublicKey.fromHex(pair.publicKey().toHex().substring(2)));
    assertEquals(pair.publicKey(), fromPem.publicKey());
    assertTrue(pair.privateKey().toPem().startsWith("-----BEGIN PRIVATE KEY-----\n"));
    assertEquals("Sm2PrivateKey[***]", pair.privateKey().toString());
  }

  @Test
  void badKeyMaterialIsRefusedClearly() {
    assertThrows(CryptoException.class, () -> Sm2PrivateKey.fromHex("00".repeat(32)));
    assertThrows(CryptoException.class, () -> Sm2PrivateKey.fromHex("zz"));
    assertThrows(CryptoException.class, () -> Sm2PublicKey.fromHex("04" + "11".repeat(64)));
    assertThrows(CryptoException.class, () -> Sm2PublicKey.fromPem("not pem"));
    assertThrows(CryptoException.class, () -> Sm2PrivateKey.fromDer(new byte[] {1, 2, 3}));
  }
}
