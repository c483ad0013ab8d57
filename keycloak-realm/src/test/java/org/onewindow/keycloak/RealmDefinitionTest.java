package org.onewindow.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The realm as code: what the platform relies on is declared, and declared right. */
class RealmDefinitionTest {

  private static JsonObject realm;

  @BeforeAll
  static void readRealm() throws IOException {
    try (JsonReader reader =
        Json.createReader(
            Files.newBufferedReader(
                Path.of("src/main/realm/onewindow-realm.json"), StandardCharsets.UTF_8))) {
      realm = reader.readObject();
    }
  }

  private static Set<String> names(String arrayPath, String key) {
    return realm.getValue(arrayPath).asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .map(o -> o.getString(key))
        .collect(Collectors.toSet());
  }

  private static JsonObject client(String clientId) {
    return realm.getJsonArray("clients").stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getString("clientId").equals(clientId))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void everyPlatformRoleExists() {
    assertTrue(
        names("/roles/realm", "name")
            .containsAll(
                List.of(
                    "platform-admin",
                    "app-reviewer",
                    "filing-reviewer",
                    "unit-developer",
                    "citizen",
                    "enterprise-user",
                    "api-client")));
  }

  @Test
  void eachRoleHasADemoUserWithAPermanentPassword() {
    Map<String, String> expected =
        Map.of(
            "admin", "platform-admin",
            "reviewer", "app-reviewer",
            "filing", "filing-reviewer",
            "developer", "unit-developer",
            "citizen", "citizen",
            "enterprise", "enterprise-user");
    for (JsonValue value : realm.getJsonArray("users")) {
      JsonObject user = value.asJsonObject();
      String role = expected.get(user.getString("username"));
      if (role == null) {
        continue;
      }
      assertEquals(List.of(role), rolesOf(user), user.getString("username"));
      JsonObject credential = user.getJsonArray("credentials").getJsonObject(0);
      assertFalse(credential.getBoolean("temporary"));
    }
    assertTrue(names("/users", "username").containsAll(expected.keySet()));
  }

  private static List<String> rolesOf(JsonObject user) {
    return user.getJsonArray("realmRoles").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  @Test
  void everyDemoUserHasARealNameLevelBetweenOneAndFour() {
    // C 0114: real-name levels 1–4; 001 7.2 asks level 3 for handling matters online.
    for (JsonValue value : realm.getJsonArray("users")) {
      JsonObject user = value.asJsonObject();
      if (user.containsKey("serviceAccountClientId")) {
        continue;
      }
      int level =
          Integer.parseInt(
              user.getJsonObject("attributes").getJsonArray("realNameLevel").getString(0));
      assertTrue(level >= 1 && level <= 4, user.getString("username") + " level " + level);
    }
  }

  @Test
  void chineseIsTheDefaultAndEnglishIsOffered() {
    assertTrue(realm.getBoolean("internationalizationEnabled"));
    assertEquals("zh-CN", realm.getString("defaultLocale"));
    assertEquals(
        Set.of("zh-CN", "en"),
        realm.getJsonArray("supportedLocales").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .collect(Collectors.toSet()));
    assertEquals("onewindow", realm.getString("loginTheme"));
  }

  @Test
  void consoleAndPortalAreConfidentialCodeFlowClientsWithoutPasswordGrant() {
    for (String id : List.of("onewindow-console", "onewindow-portal")) {
      JsonObject client = client(id);
      assertFalse(client.getBoolean("publicClient"), id);
      assertTrue(client.getBoolean("standardFlowEnabled"), id);
      assertFalse(client.getBoolean("directAccessGrantsEnabled"), id);
      assertFalse(client.getBoolean("implicitFlowEnabled"), id);
    }
  }

  @Test
  void secretsAndAddressesCanBeReplacedFromTheEnvironment() {
    // Demo values only as defaults of placeholders, so production never edits this file.
    assertTrue(
        client("onewindow-console").getString("secret").startsWith("${ONEWINDOW_CONSOLE_SECRET:"));
    assertTrue(
        client("onewindow-portal").getString("secret").startsWith("${ONEWINDOW_PORTAL_SECRET:"));
    assertTrue(client("onewindow-api").getString("secret").startsWith("${ONEWINDOW_API_SECRET:"));
    assertTrue(
        client("onewindow-console")
            .getJsonArray("redirectUris")
            .getString(0)
            .startsWith("${ONEWINDOW_BASE_URL:"));
  }

  @Test
  void bruteForceDetectionLocksAfterFiveFailures() {
    assertTrue(realm.getBoolean("bruteForceProtected"));
    assertEquals(5, realm.getInt("failureFactor"));
  }

  @Test
  void everyFailedLoginReadsExactlyAsTheStandardSays() throws IOException {
    // C 0103-2018 9.4 f / 000 10.3 f; a locked or disabled account reads the same (no enumeration).
    for (String bundle : List.of("messages_zh_Hans", "messages_zh_CN")) {
      Properties messages = new Properties();
      try (InputStream in =
          getClass()
              .getResourceAsStream("/theme/onewindow/login/messages/" + bundle + ".properties")) {
        messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      }
      for (String key :
          List.of(
              "invalidUserMessage",
              "invalidPasswordMessage",
              "accountDisabledMessage",
              "accountTemporarilyDisabledMessage",
              "accountPermanentlyDisabledMessage")) {
        assertEquals("用户名或密码不正确", messages.getProperty(key), bundle + " " + key);
      }
    }
  }
}
