package org.onewindow.keycloak.sm2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.component.ComponentModel;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.jose.jwk.JWK;
import org.onewindow.crypto.CryptoException;
import org.onewindow.crypto.sm2.Sm2Keys;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.crypto.sm2.Sm2Signature;

/** The SM2 key, signer, verifier, hash and JWK as Keycloak uses them (no server needed). */
class Sm2SignatureTest {

  private static KeyWrapper key(String privateKeyPem) {
    ComponentModel model = new ComponentModel();
    model.setId("component-1");
    MultivaluedHashMap<String, String> config = new MultivaluedHashMap<>();
    config.putSingle(Sm2KeyProviderFactory.PRIVATE_KEY, privateKeyPem);
    config.putSingle("priority", "100");
    model.setConfig(config);
    return new Sm2KeyProvider(model).getKeysStream().findFirst().orElseThrow();
  }

  @Test
  void aTokenSignatureIsRawRsOverSm3WithTheDefaultIdAndVerifiesWithSmCrypto() {
    Sm2Keys.Pair pair = Sm2Keys.generate();
    KeyWrapper key = key(pair.privateKey().toPem());
    assertEquals("SM2", key.getAlgorithm());
    assertEquals("SM2", key.getType());
    byte[] input = "eyJhbGciOiJTTTIifQ.eyJzdWIiOiJ1MSJ9".getBytes(StandardCharsets.US_ASCII);

    Sm2SignerContext signer = new Sm2SignerContext(key);
    byte[] signature = signer.sign(input);
    assertEquals(64, signature.length);
    assertEquals("SM3", signer.getHashAlgorithm());
    // GB/T 32918.2 with the GM/T 0009 default ID, as any SM2 library checks it.
    assertTrue(
        Sm2Signature.verify(
            pair.publicKey(),
            input,
            signature,
            Sm2Signature.DEFAULT_ID,
            Sm2Signature.Encoding.RAW));

    Sm2VerifierContext verifier = new Sm2VerifierContext(key);
    assertTrue(verifier.verify(input, signature));
    signature[10] ^= 1;
    assertFalse(verifier.verify(input, signature));
    assertFalse(verifier.verify(input, Arrays.copyOf(signature, 63)));
  }

  @Test
  void theJwkIsAnEcKeyOnCurveSm2WithItsCoordinates() {
    Sm2Keys.Pair pair = Sm2Keys.generate();
    KeyWrapper key = key(pair.privateKey().toPem());
    JWK jwk = Sm2JwksResource.toJwk(key);
    assertEquals("EC", jwk.getKeyType());
    assertEquals("SM2", jwk.getOtherClaims().get("crv"));
    assertEquals("SM2", jwk.getAlgorithm());
    assertEquals("sig", jwk.getPublicKeyUse());
    assertEquals(key.getKid(), jwk.getKeyId());
    byte[] x = Base64.getUrlDecoder().decode((String) jwk.getOtherClaims().get("x"));
    byte[] y = Base64.getUrlDecoder().decode((String) jwk.getOtherClaims().get("y"));
    assertEquals(32, x.length);
    assertEquals(32, y.length);
    byte[] point = new byte[65];
    point[0] = 4;
    System.arraycopy(x, 0, point, 1, 32);
    System.arraycopy(y, 0, point, 33, 32);
    assertEquals(pair.publicKey(), Sm2PublicKey.fromPoint(point));
    assertNull(jwk.getX509CertificateChain());
  }

  @Test
  void sm3IsGbT32905() {
    // GB/T 32905-2016 A.1: SM3("abc").
    assertArrayEquals(
        HexFormat.of().parseHex("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"),
        new Sm3HashProvider().hash("abc".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void anUnreadablePrivateKeyIsRefusedWithAClearMessage() {
    CryptoException e =
        assertThrows(CryptoException.class, () -> Sm2KeyMaterial.read("not a key", null));
    assertTrue(e.getMessage().startsWith("SM2 私钥无法读取"), e.getMessage());
  }

  @Test
  void anUnreadableCertificateIsRefusedWithAClearMessage() {
    String pem = Sm2Keys.generate().privateKey().toPem();
    CryptoException e =
        assertThrows(
            CryptoException.class,
            () ->
                Sm2KeyMaterial.read(
                    pem, "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----"));
    assertTrue(e.getMessage().startsWith("证书无法读取"), e.getMessage());
  }
}
