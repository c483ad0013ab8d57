package org.onewindow.oidc.sm2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPairGenerator;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwa.AlgorithmFactoryFactory;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.InvalidKeyException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** jose4j verifying SM2 tokens as WildFly's OIDC client does (its TokenValidator's settings). */
class Sm2JsonWebSignatureAlgorithmTest {

  private static final Sm2JwkPublicKey KEY = new Sm2JwkPublicKey(Sm2Tokens.KEY.publicKey());

  @BeforeAll
  static void register() {
    Sm2JsonWebSignatureAlgorithm.register();
  }

  @AfterAll
  static void unregister() {
    Sm2JsonWebSignatureAlgorithm.unregister();
  }

  /** The consumer WildFly builds: issuer, expiry, one permitted algorithm, the located key. */
  private static JwtConsumer consumer(java.security.Key key) {
    return new JwtConsumerBuilder()
        .setExpectedIssuer("http://idp/realms/onewindow")
        .setJwsAlgorithmConstraints(
            new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, "SM2"))
        .setRequireExpirationTime()
        .setSkipDefaultAudienceValidation()
        .setVerificationKey(key)
        .build();
  }

  private static String claims() {
    long exp = System.currentTimeMillis() / 1000 + 300;
    return "{\"iss\":\"http://idp/realms/onewindow\",\"sub\":\"u1\",\"exp\":" + exp + "}";
  }

  @Test
  void anSm2TokenFromKeycloakVerifies() throws Exception {
    String token = Sm2Tokens.token("k1", claims());
    assertEquals("u1", consumer(KEY).processToClaims(token).getSubject());
  }

  @Test
  void aTamperedSignatureOrPayloadIsRefused() {
    String token = Sm2Tokens.token("k1", claims());
    char last = token.charAt(token.length() - 3);
    String badSignature =
        token.substring(0, token.length() - 3)
            + (last == 'A' ? 'B' : 'A')
            + token.substring(token.length() - 2);
    assertThrows(InvalidJwtException.class, () -> consumer(KEY).processToClaims(badSignature));

    String[] parts = token.split("\\.");
    String otherPayload =
        parts[0] + "." + Sm2Tokens.b64(claims().replace("u1", "u2").getBytes()) + "." + parts[2];
    assertThrows(InvalidJwtException.class, () -> consumer(KEY).processToClaims(otherPayload));
  }

  @Test
  void onlyAnSm2KeyVerifiesAnSm2Token() throws Exception {
    java.security.Key rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic();
    assertThrows(
        InvalidJwtException.class,
        () -> consumer(rsa).processToClaims(Sm2Tokens.token("k1", claims())));
    assertThrows(
        InvalidKeyException.class,
        () -> new Sm2JsonWebSignatureAlgorithm().validateVerificationKey(rsa));
  }

  @Test
  void aRawSignatureOfTheWrongLengthIsNotValid() throws Exception {
    JsonWebSignature jws = new JsonWebSignature();
    String token = Sm2Tokens.token("k1", claims());
    jws.setCompactSerialization(token.substring(0, token.lastIndexOf('.') + 1) + "AAAA");
    jws.setKey(KEY);
    assertFalse(jws.verifySignature());
  }

  @Test
  void signingIsNotThisClientsBusiness() {
    assertThrows(
        InvalidKeyException.class,
        () -> new Sm2JsonWebSignatureAlgorithm().validateSigningKey(KEY));
  }

  @Test
  void theAlgorithmIsKnownToJose4jOnlyWhileRegistered() {
    assertTrue(AlgorithmFactoryFactory.getInstance().getJwsAlgorithmFactory().isAvailable("SM2"));
    Sm2JsonWebSignatureAlgorithm.register();
    Sm2JsonWebSignatureAlgorithm.unregister();
    assertTrue(AlgorithmFactoryFactory.getInstance().getJwsAlgorithmFactory().isAvailable("SM2"));
  }
}
