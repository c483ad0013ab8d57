package org.onewindow.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.crypto.sm2.Sm2Signature;
import org.onewindow.it.support.CodeFlow;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.Platform;

/**
 * SM2 token signatures in the real Keycloak (003 6.3.2, 002 6.4): the realm's SM2 key set, tokens
 * of a real code-flow login checked with sm-crypto against it, and what each OIDC flow does with
 * them — including the exact limits of Keycloak 26's fixed {@code Algorithm} enum (its issue
 * 29728), which the README's table states. WildFly's side (console, portal, API) is in {@link
 * org.onewindow.it.console.ConsoleIT}, {@link org.onewindow.it.portal.PortalIT} and {@link
 * org.onewindow.it.platform.ApiIT}. Keycloak is the same for both database runs, so this runs once,
 * in the H2 run.
 */
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
class Sm2TokenIT {

  private static final String OIDC = Platform.REALM_URL + "/protocol/openid-connect";

  /** The realm's SM2 key as its SM2 key set publishes it. */
  private static JsonObject sm2Jwk() {
    HttpJson.Reply reply = HttpJson.get(Platform.REALM_URL + "/sm2/certs", null);
    assertEquals(200, reply.status(), reply.body());
    List<JsonObject> sm2 =
        reply.json().getJsonArray("keys").stream()
            .map(JsonValue::asJsonObject)
            .filter(k -> "SM2".equals(k.getString("alg", null)))
            .toList();
    assertEquals(1, sm2.size(), reply.body());
    return sm2.get(0);
  }

  private static JsonObject part(String token, int index) {
    String json =
        new String(
            Base64.getUrlDecoder().decode(token.split("\\.")[index]), StandardCharsets.UTF_8);
    return Json.createReader(new StringReader(json)).readObject();
  }

  /** Verifies a compact JWS with sm-crypto against the published key: SM3, default ID, r || s. */
  private static boolean verifiesWith(JsonObject jwk, String token) {
    byte[] point = new byte[65];
    point[0] = 4;
    System.arraycopy(Base64.getUrlDecoder().decode(jwk.getString("x")), 0, point, 1, 32);
    System.arraycopy(Base64.getUrlDecoder().decode(jwk.getString("y")), 0, point, 33, 32);
    int dot = token.lastIndexOf('.');
    return Sm2Signature.verify(
        Sm2PublicKey.fromPoint(point),
        token.substring(0, dot).getBytes(StandardCharsets.US_ASCII),
        Base64.getUrlDecoder().decode(token.substring(dot + 1)),
        Sm2Signature.DEFAULT_ID,
        Sm2Signature.Encoding.RAW);
  }

  @Test
  void theRealmsSm2KeySetPublishesTheKeyAsEcOnCurveSm2() {
    JsonObject jwk = sm2Jwk();
    assertEquals("EC", jwk.getString("kty"));
    assertEquals("SM2", jwk.getString("crv"));
    assertEquals("sig", jwk.getString("use"));
    assertEquals(32, Base64.getUrlDecoder().decode(jwk.getString("x")).length);
    assertEquals(32, Base64.getUrlDecoder().decode(jwk.getString("y")).length);
    // The standard key set keeps to what every client reads: Keycloak would call the key
    // "crv":"P-256" there (JWKBuilder.ec), and "crv":"SM2" breaks WildFly's parser for all keys.
    HttpJson.Reply standard = HttpJson.get(OIDC + "/certs", null);
    assertEquals(200, standard.status());
    assertFalse(standard.body().contains(jwk.getString("kid")), standard.body());
    assertFalse(standard.body().contains("\"SM2\""), standard.body());
    // Discovery offers SM2 for ID tokens.
    JsonObject discovery =
        HttpJson.get(Platform.REALM_URL + "/.well-known/openid-configuration", null).json();
    assertTrue(
        discovery.getJsonArray("id_token_signing_alg_values_supported").stream()
            .anyMatch(v -> v.toString().equals("\"SM2\"")));
  }

  @Test
  void codeFlowIdAndAccessTokensAreSm2SignedAndVerifyAgainstTheKeySet() {
    JsonObject jwk = sm2Jwk();
    JsonObject tokens = CodeFlow.logIn("onewindow-portal", "citizen");
    for (String name : List.of("id_token", "access_token")) {
      String token = tokens.getString(name);
      JsonObject header = part(token, 0);
      assertEquals("SM2", header.getString("alg"), name);
      assertEquals(jwk.getString("kid"), header.getString("kid"), name);
      assertEquals(
          64, Base64.getUrlDecoder().decode(token.substring(token.lastIndexOf('.') + 1)).length);
      assertTrue(verifiesWith(jwk, token), name);
      String tampered = token.replaceFirst("\\.[A-Za-z0-9_-]", ".X");
      assertFalse(verifiesWith(jwk, tampered), name);
    }
    JsonObject idToken = part(tokens.getString("id_token"), 1);
    assertEquals("citizen", idToken.getString("preferred_username"));
    // Re-signed without at_hash by the sm2-id-token-without-at-hash mapper (WildFly cannot check
    // it).
    assertFalse(idToken.containsKey("at_hash"), idToken.toString());
  }

  @Test
  void refreshWorksAndIssuesNewSm2Tokens() {
    JsonObject tokens = CodeFlow.logIn("onewindow-portal", "citizen");
    // The refresh token is Keycloak's own (HS512), which it parses; only ID and access are SM2.
    assertEquals("HS512", part(tokens.getString("refresh_token"), 0).getString("alg"));
    HttpJson.Reply refreshed =
        HttpJson.postForm(
            OIDC + "/token",
            Map.of(
                "grant_type", "refresh_token",
                "refresh_token", tokens.getString("refresh_token"),
                "client_id", "onewindow-portal",
                "client_secret", "demo-portal-secret"));
    assertEquals(200, refreshed.status(), refreshed.body());
    JsonObject renewed = refreshed.json();
    assertNotEquals(tokens.getString("access_token"), renewed.getString("access_token"));
    assertEquals("SM2", part(renewed.getString("access_token"), 0).getString("alg"));
    assertEquals("SM2", part(renewed.getString("id_token"), 0).getString("alg"));
    assertTrue(verifiesWith(sm2Jwk(), renewed.getString("id_token")));
  }

  /** Limit: userinfo parses the bearer token's alg into Keycloak's Algorithm enum first. */
  @Test
  void userinfoRefusesAnSm2AccessToken() {
    JsonObject tokens = CodeFlow.logIn("onewindow-portal", "citizen");
    HttpJson.Reply reply = HttpJson.get(OIDC + "/userinfo", tokens.getString("access_token"));
    assertEquals(401, reply.status(), reply.body());
  }

  /** Limit: introspection reads the token the same way and answers inactive, not an error. */
  @Test
  void introspectionCallsAnSm2AccessTokenInactive() {
    JsonObject tokens = CodeFlow.logIn("onewindow-portal", "citizen");
    Map<String, String> form =
        Map.of("client_id", "onewindow-portal", "client_secret", "demo-portal-secret");
    HttpJson.Reply access =
        HttpJson.postForm(
            OIDC + "/token/introspect", with(form, "token", tokens.getString("access_token")));
    assertEquals(200, access.status(), access.body());
    assertFalse(access.json().getBoolean("active"), access.body());
    // The session is alive: the same session's HS512 refresh token introspects as active.
    HttpJson.Reply refresh =
        HttpJson.postForm(
            OIDC + "/token/introspect",
            with(
                with(form, "token_type_hint", "refresh_token"),
                "token",
                tokens.getString("refresh_token")));
    assertTrue(refresh.json().getBoolean("active"), refresh.body());
  }

  /**
   * Limit: RP-initiated logout refuses an SM2 ID token as id_token_hint. What works, and what the
   * console does: back-channel logout with the refresh token ends the SSO session.
   */
  @Test
  void logoutRefusesAnSm2IdTokenHintAndEndsTheSessionByRefreshToken() {
    JsonObject tokens = CodeFlow.logIn("onewindow-portal", "citizen");
    HttpJson.Reply hinted =
        HttpJson.get(
            OIDC
                + "/logout?id_token_hint="
                + tokens.getString("id_token")
                + "&post_logout_redirect_uri="
                + java.net.URLEncoder.encode(
                    Platform.BASE_URL + "/portal/", StandardCharsets.UTF_8),
            null);
    assertEquals(400, hinted.status(), hinted.body());

    Map<String, String> client =
        Map.of("client_id", "onewindow-portal", "client_secret", "demo-portal-secret");
    HttpJson.Reply backChannel =
        HttpJson.postForm(
            OIDC + "/logout", with(client, "refresh_token", tokens.getString("refresh_token")));
    assertEquals(204, backChannel.status(), backChannel.body());
    HttpJson.Reply refresh =
        HttpJson.postForm(
            OIDC + "/token",
            with(
                with(client, "grant_type", "refresh_token"),
                "refresh_token",
                tokens.getString("refresh_token")));
    assertEquals(400, refresh.status(), refresh.body());
    assertEquals("invalid_grant", refresh.json().getString("error"));
  }

  private static Map<String, String> with(Map<String, String> form, String key, String value) {
    java.util.HashMap<String, String> copy = new java.util.HashMap<>(form);
    copy.put(key, value);
    return copy;
  }
}
