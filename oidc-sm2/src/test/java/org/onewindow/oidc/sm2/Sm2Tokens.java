package org.onewindow.oidc.sm2;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.onewindow.crypto.sm2.Sm2Keys;
import org.onewindow.crypto.sm2.Sm2Signature;

/** Test tokens and key sets, signed as the realm's Keycloak signs them. */
final class Sm2Tokens {

  static final Sm2Keys.Pair KEY = Sm2Keys.generate();

  private Sm2Tokens() {}

  static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** A compact JWS, {@code alg} SM2, raw r || s over the signing input. */
  static String token(String kid, String payloadJson) {
    String input =
        b64(
                ("{\"alg\":\"SM2\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}")
                    .getBytes(StandardCharsets.UTF_8))
            + "."
            + b64(payloadJson.getBytes(StandardCharsets.UTF_8));
    byte[] signature =
        Sm2Signature.sign(
            KEY.privateKey(),
            input.getBytes(StandardCharsets.US_ASCII),
            Sm2Signature.DEFAULT_ID,
            Sm2Signature.Encoding.RAW);
    return input + "." + b64(signature);
  }

  /** The key as the realm's SM2 key set publishes it. */
  static String sm2Jwk(String kid) {
    byte[] point = KEY.publicKey().toPoint();
    return "{\"kid\":\""
        + kid
        + "\",\"kty\":\"EC\",\"alg\":\"SM2\",\"use\":\"sig\",\"crv\":\"SM2\",\"x\":\""
        + b64(Arrays.copyOfRange(point, 1, 33))
        + "\",\"y\":\""
        + b64(Arrays.copyOfRange(point, 33, 65))
        + "\"}";
  }

  /** An RSA signature key as Keycloak publishes it (RFC 7517 A.1's modulus). */
  static String rsaJwk(String kid) {
    return "{\"kid\":\""
        + kid
        + "\",\"kty\":\"RSA\",\"alg\":\"RS256\",\"use\":\"sig\",\"e\":\"AQAB\",\"n\":\""
        + "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw"
        + "\"}";
  }

  static String set(String... jwks) {
    return "{\"keys\":[" + String.join(",", jwks) + "]}";
  }
}
