package org.onewindow.oidc.sm2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wildfly.security.jose.jwk.JsonWebKeySet;
import org.wildfly.security.jose.jwk.JsonWebKeySetUtil;
import org.wildfly.security.jose.util.JsonSerialization;

/** Reading the realm's SM2 key set, where WildFly's own key set parser gives up. */
class Sm2KeySetTest {

  @Test
  void sm2AndRsaKeysAreReadByKid() {
    Map<String, PublicKey> keys =
        Sm2KeySet.signatureKeys(Sm2Tokens.set(Sm2Tokens.rsaJwk("rsa"), Sm2Tokens.sm2Jwk("sm2")));
    assertEquals(2, keys.size());
    assertInstanceOf(RSAPublicKey.class, keys.get("rsa"));
    Sm2JwkPublicKey sm2 = assertInstanceOf(Sm2JwkPublicKey.class, keys.get("sm2"));
    assertEquals(Sm2Tokens.KEY.publicKey(), sm2.sm2());
  }

  @Test
  void p256KeysAreReadAsWildFlyReadsThem() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    ECPublicKey p256 = (ECPublicKey) generator.generateKeyPair().getPublic();
    String jwk =
        "{\"kid\":\"es\",\"kty\":\"EC\",\"use\":\"sig\",\"crv\":\"P-256\",\"x\":\""
            + Sm2Tokens.b64(fixed(p256.getW().getAffineX()))
            + "\",\"y\":\""
            + Sm2Tokens.b64(fixed(p256.getW().getAffineY()))
            + "\"}";
    assertEquals(p256, Sm2KeySet.signatureKeys(Sm2Tokens.set(jwk)).get("es"));
  }

  private static byte[] fixed(BigInteger coordinate) {
    byte[] bytes = coordinate.toByteArray();
    byte[] out = new byte[32];
    int length = Math.min(bytes.length, 32);
    System.arraycopy(bytes, bytes.length - length, out, 32 - length, length);
    return out;
  }

  @Test
  void encryptionKeysAndKeysOfUnknownCurvesAreLeftOutNotFatal() {
    String enc = Sm2Tokens.rsaJwk("enc").replace("\"use\":\"sig\"", "\"use\":\"enc\"");
    String brainpool =
        Sm2Tokens.sm2Jwk("bp").replace("\"crv\":\"SM2\"", "\"crv\":\"brainpoolP256r1\"");
    Map<String, PublicKey> keys =
        Sm2KeySet.signatureKeys(Sm2Tokens.set(enc, brainpool, Sm2Tokens.sm2Jwk("sm2")));
    assertEquals(Map.of("sm2", keys.get("sm2")), keys);
  }

  @Test
  void aPointOffTheSm2CurveIsNotAKey() {
    String jwk = Sm2Tokens.sm2Jwk("bad");
    String y = jwk.substring(jwk.indexOf("\"y\":\"") + 5, jwk.lastIndexOf('"'));
    String otherY = (y.charAt(0) == 'A' ? 'B' : 'A') + y.substring(1);
    assertTrue(Sm2KeySet.signatureKeys(Sm2Tokens.set(jwk.replace(y, otherY))).isEmpty());
  }

  @Test
  void shortCoordinatesAreRefused() {
    String jwk = Sm2Tokens.sm2Jwk("short");
    String x = jwk.substring(jwk.indexOf("\"x\":\"") + 5, jwk.indexOf("\",\"y\""));
    assertFalse(Sm2KeySet.signatureKeys(Sm2Tokens.set(jwk)).isEmpty());
    assertTrue(Sm2KeySet.signatureKeys(Sm2Tokens.set(jwk.replace(x, x.substring(4)))).isEmpty());
  }

  @Test
  void notAKeySetIsAClearError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Sm2KeySet.signatureKeys("<html>"));
    assertTrue(e.getMessage().startsWith("not a JWK set"), e.getMessage());
  }

  /**
   * The limit behind the separate key set: WildFly's {@code JWKParser.createECPublicKey} knows only
   * P-256/384/521 and throws for {@code "crv":"SM2"}, and {@code JsonWebKeySetUtil.getKeys} lets
   * that escape, so the client's JWKS locator would lose every key of a set holding one SM2 key.
   */
  @Test
  void wildflysOwnParserFailsTheWholeSetOnAnSm2Key() throws Exception {
    JsonWebKeySet set =
        JsonSerialization.readValue(
            Sm2Tokens.set(Sm2Tokens.rsaJwk("rsa"), Sm2Tokens.sm2Jwk("sm2")), JsonWebKeySet.class);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> JsonWebKeySetUtil.getKeys(set, JsonWebKeySetUtil.FOR_SIGNATURE_VALIDATION));
    assertTrue(e.getMessage().contains("Unsupported curve"), e.getMessage());
  }
}
