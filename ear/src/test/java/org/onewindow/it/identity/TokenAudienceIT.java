package org.onewindow.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.CodeFlow;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.KeycloakAdmin;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.onewindow.it.support.ServiceTokens;

/**
 * Tokens are for their audience (issue 14, failure 2): the API takes a bearer token only when its
 * {@code aud} names {@code onewindow-api} — the console's tokens and the API's own service
 * account's. A valid, SM2-signed token of the same realm issued to the portal, or a token of
 * another realm that looks like the API's in every other way, answers 401 with 003 Annex A 10008
 * 用户未授权 and changes nothing.
 */
// Audiences are the realm's and the WARs' business, the same on both databases: once, in the H2
// run.
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
@PlatformIT
class TokenAudienceIT {

  @RegisterExtension static final Administrators administrators = new Administrators();

  private static final String API = Platform.BASE_URL + "/api/v1";
  private static final String UNITS = API + "/access-units";
  private static final String INTERFACES = API + "/interfaces";

  private static JsonObject claims(String token) {
    String payload = token.split("\\.")[1];
    String json = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
    return Json.createReader(new StringReader(json)).readObject();
  }

  private static boolean namesTheApi(JsonObject claims) {
    JsonValue aud = claims.get("aud");
    if (aud == null) {
      return false;
    }
    return aud.getValueType() == JsonValue.ValueType.ARRAY
        ? aud.asJsonArray().stream().anyMatch(Json.createValue("onewindow-api")::equals)
        : Json.createValue("onewindow-api").equals(aud);
  }

  private static void assertRefused(HttpJson.Reply reply) {
    assertEquals(401, reply.status(), reply.body());
    assertEquals(10008, reply.json().getInt("code"), reply.body());
    assertEquals("用户未授权", reply.json().getString("msg"));
  }

  @Test
  void anAdministratorsPortalTokenIsRefusedAndCreatesNothing() {
    String portal = CodeFlow.administratorToken("onewindow-portal", administrators.platformAdmin());
    JsonObject claims = claims(portal);
    assertEquals("onewindow-portal", claims.getString("azp"));
    assertFalse(namesTheApi(claims), claims.toString());

    assertRefused(HttpJson.get(INTERFACES, portal));
    String name = "门户令牌单位-" + UUID.randomUUID();
    assertRefused(
        HttpJson.postJson(
            UNITS, portal, "{\"name\":\"" + name + "\",\"divisionCode\":\"330100\"}"));
    HttpJson.Reply units = HttpJson.get(UNITS, ServiceTokens.api());
    assertEquals(200, units.status(), units.body());
    assertFalse(units.body().contains(name), "created with a portal token: " + name);

    // The console's deployment would take a bearer token too; this one is not for it.
    HttpJson.Reply console = HttpJson.get(Platform.BASE_URL + "/console/", portal);
    assertEquals(401, console.status(), console.body());
  }

  @Test
  void anAdministratorsConsoleTokenIsForTheApi() {
    String console = CodeFlow.administratorToken("onewindow-console", administrators.reviewer());
    assertTrue(namesTheApi(claims(console)), claims(console).toString());
    HttpJson.Reply reply = HttpJson.get(INTERFACES, console);
    assertEquals(200, reply.status(), reply.body());
    assertEquals(0, reply.json().getInt("code"));
  }

  @Test
  void theApisOwnServiceAccountIsForTheApi() {
    String api = ServiceTokens.api();
    assertTrue(namesTheApi(claims(api)), claims(api).toString());
    assertEquals(200, HttpJson.get(INTERFACES, api).status());
    String name = "服务账号单位-" + UUID.randomUUID();
    HttpJson.Reply created =
        HttpJson.postJson(UNITS, api, "{\"name\":\"" + name + "\",\"divisionCode\":\"330100\"}");
    assertEquals(201, created.status(), created.body());
  }

  /**
   * A realm of the same Keycloak with a client named onewindow-api, SM2 signatures and the API's
   * audience: everything matches but the issuer and the key, and that is enough to refuse it.
   */
  @Test
  void aTokenOfAnotherRealmIsRefusedEvenWithTheApisNameAndAudience() {
    KeycloakAdmin admin = new KeycloakAdmin();
    String realm = "it-other-" + UUID.randomUUID().toString().substring(0, 8);
    assertEquals(201, admin.createRealm(otherRealm(realm)));
    try {
      HttpJson.Reply reply =
          HttpJson.postForm(
              Platform.KEYCLOAK_URL + "/realms/" + realm + "/protocol/openid-connect/token",
              Map.of(
                  "grant_type", "client_credentials",
                  "client_id", "onewindow-api",
                  "client_secret", "other-realm-secret"));
      assertEquals(200, reply.status(), reply.body());
      String foreign = reply.json().getString("access_token");
      JsonObject claims = claims(foreign);
      assertTrue(namesTheApi(claims), claims.toString());
      assertTrue(claims.getString("iss").endsWith("/realms/" + realm), claims.toString());

      assertRefused(HttpJson.get(INTERFACES, foreign));
      String name = "他域令牌单位-" + UUID.randomUUID();
      assertRefused(
          HttpJson.postJson(
              UNITS, foreign, "{\"name\":\"" + name + "\",\"divisionCode\":\"330100\"}"));
      assertFalse(HttpJson.get(UNITS, ServiceTokens.api()).body().contains(name));
    } finally {
      admin.deleteRealm(realm);
    }
  }

  private static String otherRealm(String realm) {
    JsonObject audience =
        Json.createObjectBuilder()
            .add("name", "api-audience")
            .add("protocol", "openid-connect")
            .add("protocolMapper", "oidc-audience-mapper")
            .add(
                "config",
                Json.createObjectBuilder()
                    .add("included.client.audience", "onewindow-api")
                    .add("access.token.claim", "true"))
            .build();
    JsonObject client =
        Json.createObjectBuilder()
            .add("clientId", "onewindow-api")
            .add("enabled", true)
            .add("publicClient", false)
            .add("secret", "other-realm-secret")
            .add("standardFlowEnabled", false)
            .add("serviceAccountsEnabled", true)
            .add(
                "attributes",
                Json.createObjectBuilder().add("access.token.signed.response.alg", "SM2"))
            .add("protocolMappers", Json.createArrayBuilder().add(audience))
            .build();
    // Keys as the platform's realm has them (RS256 for Keycloak's own use, HS512, SM2).
    var keys = Json.createArrayBuilder();
    for (String provider :
        new String[] {"rsa-generated", "hmac-generated", "aes-generated", "sm2"}) {
      keys.add(
          Json.createObjectBuilder()
              .add("name", provider)
              .add("providerId", provider)
              .add(
                  "config",
                  Json.createObjectBuilder()
                      .add("priority", Json.createArrayBuilder().add("100"))));
    }
    return Json.createObjectBuilder()
        .add("realm", realm)
        .add("enabled", true)
        .add("clients", Json.createArrayBuilder().add(client))
        .add("components", Json.createObjectBuilder().add("org.keycloak.keys.KeyProvider", keys))
        .build()
        .toString();
  }
}
