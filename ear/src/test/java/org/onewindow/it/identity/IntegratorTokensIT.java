package org.onewindow.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.it.support.Administrator;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.AppCentreSetup;
import org.onewindow.it.support.DeviceLogin;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.onewindow.it.support.Poll;
import org.onewindow.it.support.ServiceTokens;

/**
 * Tokens for integrators (issue 16 item 4), against the real realm and API. A unit's system account
 * (client credentials, made by a platform administrator) acts as a developer of its unit and of
 * nothing else: it registers in its unit, is refused in another (403, 003 Annex A 20001) and for
 * review decisions and administration (403, 10008); a rotated secret stops the old one; a disabled
 * client gets no token. A person gets a token of their own through the device authorization grant
 * (RFC 8628) on {@code onewindow-cli}, approving it on the realm's own pages, and the API gives it
 * exactly the person's rights.
 */
// Keycloak's clients and grants; the unit rules it meets are the API classes' on both databases:
// once, in the H2 run.
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
@PlatformIT
class IntegratorTokensIT {

  @RegisterExtension static final Administrators administrators = new Administrators();

  private static final String API = Platform.BASE_URL + "/api/v1";
  private static final String TOKEN = Platform.REALM_URL + "/protocol/openid-connect/token";

  private static JsonObject claims(String token) {
    String payload = token.split("\\.")[1];
    String json = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
    return Json.createReader(new StringReader(json)).readObject();
  }

  private static List<String> audience(JsonObject claims) {
    JsonValue aud = claims.get("aud");
    return aud.getValueType() == JsonValue.ValueType.ARRAY
        ? aud.asJsonArray().getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList()
        : List.of(((JsonString) aud).getString());
  }

  private static HttpJson.Reply clientCredentials(String clientId, String secret) {
    return HttpJson.postForm(
        TOKEN,
        Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
  }

  private static void assertRefused(HttpJson.Reply reply, int status, int code) {
    assertEquals(status, reply.status(), reply.body());
    assertEquals(code, reply.json().getInt("code"), reply.body());
  }

  private static String unitName(String prefix) {
    return prefix + "单位-" + UUID.randomUUID();
  }

  private static long registerInterface(String token, long unitId) {
    HttpJson.Reply created =
        HttpJson.postJson(
            API + "/interfaces",
            token,
            AppCentreSetup.busLine(unitId, "集成接口-" + UUID.randomUUID(), "110000"));
    assertEquals(201, created.status(), created.body());
    return created.json().getJsonObject("data").getJsonNumber("id").longValue();
  }

  /** A platform administrator makes a system client of {@code unitId}; its client id and secret. */
  private static JsonObject makeSystemClient(String adminToken, long unitId) {
    HttpJson.Reply made =
        HttpJson.call(
            "POST", API + "/access-units/" + unitId + "/system-clients", adminToken, null);
    assertEquals(201, made.status(), made.body());
    return made.json().getJsonObject("data");
  }

  @Test
  void aUnitsSystemAccountActsInItsUnitAsADeveloperAndNowhereElse() {
    String platform = ServiceTokens.api();
    String nameA = unitName("系统账号甲");
    long unitA = AppCentreSetup.registerUnit(platform, nameA);
    long unitB = AppCentreSetup.registerUnit(platform, unitName("系统账号乙"));
    String admin = administrators.platformAdmin().consoleToken();

    JsonObject made = makeSystemClient(admin, unitA);
    String clientId = made.getString("clientId");
    String secret = made.getString("clientSecret");
    assertTrue(clientId.startsWith("unit-" + unitA + "-"), clientId);
    assertFalse(secret.isBlank());
    assertEquals(TOKEN, made.getString("tokenEndpoint"));
    // Listed without its secret, which was shown once.
    HttpJson.Reply listed = HttpJson.get(API + "/access-units/" + unitA + "/system-clients", admin);
    assertEquals(200, listed.status(), listed.body());
    assertTrue(listed.body().contains(clientId), listed.body());
    assertFalse(listed.body().contains(secret), "the secret is shown once only");
    assertFalse(
        HttpJson.get(API + "/access-units/" + unitB + "/system-clients", admin)
            .body()
            .contains(clientId));

    HttpJson.Reply issued = clientCredentials(clientId, secret);
    assertEquals(200, issued.status(), issued.body());
    String system = issued.json().getString("access_token");
    JsonObject claims = claims(system);
    assertEquals(List.of("onewindow-api"), audience(claims));
    assertEquals(nameA, claims.getString("access_unit"));
    assertEquals(unitA, claims.getJsonNumber("access_unit_id").longValue());
    assertEquals(
        List.of("unit-developer"),
        claims
            .getJsonObject("realm_access")
            .getJsonArray("roles")
            .getValuesAs(JsonString.class)
            .stream()
            .map(JsonString::getString)
            .toList());
    assertFalse(issued.json().containsKey("refresh_token"), issued.body());

    // Its own unit: registers and submits, reads its own.
    long own = registerInterface(system, unitA);
    assertEquals(200, HttpJson.get(API + "/interfaces/" + own, system).status());
    HttpJson.Reply submitted =
        HttpJson.postJson(
            API + "/interfaces/" + own + "/transitions",
            system,
            "{\"action\":\"submit\",\"reason\":\"提交\"}");
    assertEquals(200, submitted.status(), submitted.body());

    // Another unit: refused by the service's unit rule (20001), nothing made; its records unseen.
    String otherName = "越权接口-" + UUID.randomUUID();
    assertRefused(
        HttpJson.postJson(
            API + "/interfaces", system, AppCentreSetup.busLine(unitB, otherName, "110000")),
        403,
        20001);
    assertFalse(HttpJson.get(API + "/interfaces", platform).body().contains(otherName));
    long foreign = registerInterface(platform, unitB);
    assertEquals(404, HttpJson.get(API + "/interfaces/" + foreign, system).status());

    // Never a reviewer's decision, never administration (10008 用户未授权).
    assertRefused(
        HttpJson.postJson(
            API + "/interfaces/" + own + "/transitions",
            system,
            "{\"action\":\"approve\",\"reason\":\"自批\"}"),
        403,
        10008);
    assertRefused(
        HttpJson.postJson(
            API + "/access-units",
            system,
            "{\"name\":\"" + unitName("自建") + "\",\"divisionCode\":\"110000\"}"),
        403,
        10008);
    assertRefused(
        HttpJson.call("POST", API + "/access-units/" + unitA + "/system-clients", system, null),
        403,
        10008);
    // Nor does the platform's own system account make units' accounts: administrators only.
    assertRefused(
        HttpJson.call("POST", API + "/access-units/" + unitA + "/system-clients", platform, null),
        403,
        10008);
  }

  @Test
  void aRotatedSecretStopsTheOldOneAndADisabledClientGetsNoToken() {
    String platform = ServiceTokens.api();
    long unitA = AppCentreSetup.registerUnit(platform, unitName("轮换甲"));
    long unitB = AppCentreSetup.registerUnit(platform, unitName("轮换乙"));
    String admin = administrators.platformAdmin().consoleToken();
    JsonObject made = makeSystemClient(admin, unitA);
    String clientId = made.getString("clientId");
    String old = made.getString("clientSecret");
    assertEquals(200, clientCredentials(clientId, old).status());

    // Another unit's path does not reach the client.
    assertEquals(
        404,
        HttpJson.call(
                "POST",
                API + "/access-units/" + unitB + "/system-clients/" + clientId + "/secret",
                admin,
                null)
            .status());

    HttpJson.Reply rotated =
        HttpJson.call(
            "POST",
            API + "/access-units/" + unitA + "/system-clients/" + clientId + "/secret",
            admin,
            null);
    assertEquals(200, rotated.status(), rotated.body());
    String renewed = rotated.json().getJsonObject("data").getString("clientSecret");
    assertNotEquals(old, renewed);
    assertEquals(401, clientCredentials(clientId, old).status(), "the old secret gets no token");
    HttpJson.Reply fresh = clientCredentials(clientId, renewed);
    assertEquals(200, fresh.status(), fresh.body());
    registerInterface(fresh.json().getString("access_token"), unitA);

    String state = API + "/access-units/" + unitA + "/system-clients/" + clientId + "/enabled";
    HttpJson.Reply disabled = HttpJson.putJson(state, admin, "{\"enabled\":false}");
    assertEquals(200, disabled.status(), disabled.body());
    assertFalse(disabled.json().getJsonObject("data").getBoolean("enabled"));
    HttpJson.Reply refused = clientCredentials(clientId, renewed);
    assertNotEquals(200, refused.status(), refused.body());
    assertFalse(refused.body().contains("access_token"), refused.body());
    assertRefused(HttpJson.putJson(state, admin, "{}"), 400, 20003);

    assertEquals(200, HttpJson.putJson(state, admin, "{\"enabled\":true}").status());
    assertEquals(200, clientCredentials(clientId, renewed).status());
  }

  @Test
  void aPersonApprovesADeviceAndTheTokenCarriesTheirOwnRights() {
    String platform = ServiceTokens.api();
    String nameA = unitName("设备甲");
    long unitA = AppCentreSetup.registerUnit(platform, nameA);
    long unitB = AppCentreSetup.registerUnit(platform, unitName("设备乙"));
    Administrator developer = administrators.developerOf(nameA);

    // No password grant, no other way in for this public client.
    HttpJson.Reply password =
        HttpJson.postForm(
            TOKEN,
            Map.of(
                "grant_type",
                "password",
                "client_id",
                "onewindow-cli",
                "username",
                developer.username(),
                "password",
                developer.password()));
    assertNotEquals(200, password.status(), password.body());

    HttpJson.Reply started =
        HttpJson.postForm(
            Platform.REALM_URL + "/protocol/openid-connect/auth/device",
            Map.of("client_id", "onewindow-cli"));
    assertEquals(200, started.status(), started.body());
    JsonObject device = started.json();
    Map<String, String> poll =
        Map.of(
            "grant_type", "urn:ietf:params:oauth:grant-type:device_code",
            "client_id", "onewindow-cli",
            "device_code", device.getString("device_code"));
    HttpJson.Reply pending = HttpJson.postForm(TOKEN, poll);
    assertEquals(400, pending.status(), pending.body());
    assertEquals("authorization_pending", pending.json().getString("error"));

    assertTrue(
        device.getString("verification_uri_complete").contains(device.getString("user_code")));
    URI approved = DeviceLogin.approve(device.getString("verification_uri_complete"), developer);
    assertTrue(approved.getPath().endsWith("/device/status"), approved.toString());
    assertFalse(String.valueOf(approved.getQuery()).contains("error"), approved.toString());

    // RFC 8628 3.5: the device polls, slow_down while it asks too often, then gets its tokens.
    HttpJson.Reply granted =
        Poll.until(
            Duration.ofSeconds(30),
            () -> HttpJson.postForm(TOKEN, poll),
            reply -> reply.status() == 200 || !reply.body().contains("slow_down"),
            "the device's tokens");
    assertEquals(200, granted.status(), granted.body());
    String token = granted.json().getString("access_token");
    JsonObject claims = claims(token);
    assertEquals("onewindow-cli", claims.getString("azp"));
    assertEquals(List.of("onewindow-api"), audience(claims));
    assertEquals(developer.username(), claims.getString("preferred_username"));
    assertEquals(nameA, claims.getString("access_unit"));
    // The person's own platform role and the OTP marker it includes; nothing outside the scope.
    assertEquals(
        Set.of("unit-developer", "administrator"),
        Set.copyOf(
            claims
                .getJsonObject("realm_access")
                .getJsonArray("roles")
                .getValuesAs(JsonString.class)
                .stream()
                .map(JsonString::getString)
                .toList()));

    registerInterface(token, unitA);
    assertRefused(
        HttpJson.postJson(
            API + "/interfaces",
            token,
            AppCentreSetup.busLine(unitB, "设备越权-" + UUID.randomUUID(), "110000")),
        403,
        20001);
    assertRefused(
        HttpJson.call("POST", API + "/access-units/" + unitA + "/system-clients", token, null),
        403,
        10008);
  }
}
