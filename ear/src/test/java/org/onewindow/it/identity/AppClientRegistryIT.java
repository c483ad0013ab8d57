package org.onewindow.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.onewindow.common.DuplicateException;
import org.onewindow.identity.domain.AppClientSpec;
import org.onewindow.identity.infrastructure.AppClientRegistry;
import org.onewindow.identity.infrastructure.RealmClientsApi;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.KeycloakAdmin;
import org.onewindow.it.support.Platform;

/**
 * The identity service's client registry (issue 4 item 5) against the real Keycloak, as the service
 * account {@code onewindow-identity}: it creates and updates apps' clients with their key
 * attributes, changes no client it did not make, and can do nothing else in the realm. Keycloak
 * only: runs in the H2 run.
 */
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
class AppClientRegistryIT {

  private static final String DEMO_APP = "onewindow-lightapp-demo";

  private final KeycloakAdmin admin = new KeycloakAdmin();
  private final String appId = "app-it-" + UUID.randomUUID().toString().substring(0, 8);

  private static RealmClientsApi identityServiceAccount() {
    return new RealmClientsApi(
        Platform.KEYCLOAK_URL,
        "onewindow",
        "onewindow-identity",
        "demo-identity-secret",
        Clock.systemUTC());
  }

  /** The demo app's keys as the realm holds them: a real SM2 key and a real wrapped SM4 key. */
  private AppClientSpec spec(String name) {
    JsonObject demo = client(DEMO_APP).getJsonObject("attributes");
    return new AppClientSpec(
        appId,
        name,
        URI.create("https://apps.example.gov.cn/" + appId + "/"),
        demo.getString("onewindow.app.sm2-public-key"),
        demo.getString("onewindow.app.sm4-key-ref"));
  }

  private JsonObject client(String clientId) {
    HttpJson.Reply found = admin.get("/clients?clientId=" + clientId);
    assertEquals(200, found.status());
    return found.body().isBlank() || found.body().equals("[]")
        ? null
        : jakarta.json.Json.createReader(new java.io.StringReader(found.body()))
            .readArray()
            .getJsonObject(0);
  }

  @AfterEach
  void removeTheClient() {
    JsonObject made = client(appId);
    if (made != null) {
      admin.delete("/clients/" + made.getString("id"));
    }
  }

  @Test
  void anAppsClientIsCreatedWithItsKeysAndOriginThenKeptInStep() {
    AppClientRegistry registry = new AppClientRegistry(identityServiceAccount());

    assertEquals(AppClientRegistry.Outcome.CREATED, registry.register(spec("示例应用")));
    JsonObject made = client(appId);
    assertEquals("示例应用", made.getString("name"));
    assertTrue(made.getBoolean("enabled"));
    assertFalse(made.getBoolean("publicClient"));
    assertFalse(made.getBoolean("directAccessGrantsEnabled"));
    assertEquals(List.of("https://apps.example.gov.cn"), strings(made, "webOrigins"));
    assertEquals(
        List.of("https://apps.example.gov.cn/" + appId + "/*"), strings(made, "redirectUris"));
    JsonObject attributes = made.getJsonObject("attributes");
    JsonObject demo = client(DEMO_APP).getJsonObject("attributes");
    // The ticket endpoints read exactly these two (AppRegistration in keycloak-realm).
    assertEquals(
        demo.getString("onewindow.app.sm2-public-key"),
        attributes.getString("onewindow.app.sm2-public-key"));
    assertEquals(
        demo.getString("onewindow.app.sm4-key-ref"),
        attributes.getString("onewindow.app.sm4-key-ref"));

    assertEquals(AppClientRegistry.Outcome.UPDATED, registry.register(spec("示例应用（新版）")));
    assertEquals("示例应用（新版）", client(appId).getString("name"));
    assertEquals(made.getString("id"), client(appId).getString("id"), "the same client, updated");

    // 000 9.5: offline.
    registry.disable(appId);
    assertFalse(client(appId).getBoolean("enabled"));
  }

  /** 003 6.3.2.3 re-issue: new key attributes, nothing else; an offline app's client stays off. */
  @Test
  void reissuedKeysReplaceTheAttributesAndLeaveAnOfflineClientOff() {
    AppClientRegistry registry = new AppClientRegistry(identityServiceAccount());
    AppClientSpec spec = spec("示例应用");
    assertFalse(registry.replaceKeys(spec), "no client yet: nothing to update");
    registry.register(spec);
    registry.disable(appId);

    String newPublicKey = org.onewindow.crypto.sm2.Sm2Keys.generate().publicKey().toPem();
    assertTrue(
        registry.replaceKeys(
            new AppClientSpec(appId, "示例应用", spec.baseUrl(), newPublicKey, spec.sm4KeyRef())));
    JsonObject client = client(appId);
    assertEquals(
        newPublicKey, client.getJsonObject("attributes").getString("onewindow.app.sm2-public-key"));
    assertFalse(client.getBoolean("enabled"), "re-issuing keys does not put an app back online");
    assertEquals(
        "onewindow-identity",
        client.getJsonObject("attributes").getString("onewindow.app.managed-by"));
  }

  @Test
  void aClientTheRegistryDidNotMakeIsNeverChanged() {
    assertEquals(
        201,
        admin.post("/clients", "{\"clientId\":\"" + appId + "\",\"name\":\"别人的客户端\"}").status());
    AppClientRegistry registry = new AppClientRegistry(identityServiceAccount());

    assertThrows(DuplicateException.class, () -> registry.register(spec("抢注")));
    assertThrows(DuplicateException.class, () -> registry.disable(appId));
    assertEquals("别人的客户端", client(appId).getString("name"));
    assertTrue(client(appId).getBoolean("enabled"));
  }

  @Test
  void theServiceAccountCanManageClientsAndNothingElse() {
    HttpJson.Reply token =
        HttpJson.postForm(
            Platform.REALM_URL + "/protocol/openid-connect/token",
            Map.of(
                "grant_type", "client_credentials",
                "client_id", "onewindow-identity",
                "client_secret", "demo-identity-secret"));
    assertEquals(200, token.status(), token.body());
    String bearer = token.json().getString("access_token");
    String realmAdmin = Platform.KEYCLOAK_URL + "/admin/realms/onewindow";

    assertEquals(200, HttpJson.get(realmAdmin + "/clients?clientId=" + DEMO_APP, bearer).status());
    // No users (personal data), no groups, no events.
    for (String path : List.of("/users", "/events", "/groups")) {
      assertEquals(403, HttpJson.get(realmAdmin + path, bearer).status(), path);
    }
    assertEquals(
        403,
        HttpJson.postJson(realmAdmin + "/users", bearer, "{\"username\":\"x-" + appId + "\"}")
            .status());
  }

  private static List<String> strings(JsonObject object, String field) {
    return object.getJsonArray(field).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }
}
