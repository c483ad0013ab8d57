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
import org.onewindow.keycloak.events.DisabledUserLogoutFactory;
import org.onewindow.keycloak.login.EvenCostPasswordFormFactory;
import org.onewindow.keycloak.realname.RealNameVerificationRequiredActionFactory;
import org.onewindow.keycloak.registration.CitizenRegistrationFormActionFactory;
import org.onewindow.keycloak.stepup.RealNameLevelAuthenticatorFactory;

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

  /**
   * Issue 5 item 7: a unit's developers are limited to their unit by the access_unit claim, which
   * the console's and the API's tokens carry from the user attribute accessUnit.
   */
  @Test
  void theConsoleAndApiTokensCarryTheUsersAccessUnit() {
    for (String clientId : List.of("onewindow-console", "onewindow-api", "onewindow-cli")) {
      JsonObject mapper =
          client(clientId).getJsonArray("protocolMappers").stream()
              .map(JsonValue::asJsonObject)
              .filter(m -> m.getString("name").equals("access-unit"))
              .findFirst()
              .orElseThrow(() -> new AssertionError(clientId + " has no access-unit mapper"));
      assertEquals("accessUnit", mapper.getJsonObject("config").getString("user.attribute"));
      assertEquals("access_unit", mapper.getJsonObject("config").getString("claim.name"));
      assertEquals("true", mapper.getJsonObject("config").getString("access.token.claim"));
    }
    JsonObject developer =
        realm.getJsonArray("users").stream()
            .map(JsonValue::asJsonObject)
            .filter(u -> "developer".equals(u.getString("username", "")))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "北京市政务服务管理局",
        developer.getJsonObject("attributes").getJsonArray("accessUnit").getString(0));
  }

  /**
   * The API (api.war, verify-token-audience in oidc.cli) takes only access tokens whose aud names
   * onewindow-api. Exactly three clients may call it: the console, whose administrators and unit
   * developers use their login's token on the API, the API's own service account, and the device
   * flow's onewindow-cli, whose tokens carry the person's own roles (issue 16 item 4). A portal,
   * light-app, JSSDK or identity-service token never carries that audience.
   */
  @Test
  void onlyTheConsoleAndTheApisOwnAccountIssueTokensForTheApi() {
    Set<String> withApiAudience =
        realm.getJsonArray("clients").stream()
            .map(JsonValue::asJsonObject)
            .filter(
                c ->
                    c.getJsonArray("protocolMappers") != null
                        && c.getJsonArray("protocolMappers").stream()
                            .map(JsonValue::asJsonObject)
                            .anyMatch(
                                m ->
                                    "oidc-audience-mapper".equals(m.getString("protocolMapper"))
                                        && "onewindow-api"
                                            .equals(
                                                m.getJsonObject("config")
                                                    .getString("included.client.audience", ""))
                                        && "true"
                                            .equals(
                                                m.getJsonObject("config")
                                                    .getString("access.token.claim", ""))))
            .map(c -> c.getString("clientId"))
            .collect(Collectors.toSet());
    assertEquals(Set.of("onewindow-console", "onewindow-api", "onewindow-cli"), withApiAudience);
    // Keycloak also adds a client to aud when the token carries one of that client's roles (the
    // audience resolve mapper of scope "roles"): onewindow-api must have none to give anybody.
    JsonObject roles = realm.getJsonObject("roles");
    assertTrue(
        !roles.containsKey("client")
            || !roles.getJsonObject("client").containsKey("onewindow-api"));
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
  void everyPublicClientIsTheJssdkLoginWindowWithPkceAndOneRedirectOrTheDeviceFlowsCli() {
    // 004 5.3: public clients use PKCE; the JSSDK's loginapp window (000 9.2.4) is the only one
    // with a redirect. onewindow-cli redirects nowhere: it has the device grant alone.
    List<String> publicClients =
        realm.getJsonArray("clients").stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> c.getBoolean("publicClient", false))
            .map(c -> c.getString("clientId"))
            .toList();
    assertEquals(List.of("onewindow-jssdk", "onewindow-cli"), publicClients);
    JsonObject jssdk = client("onewindow-jssdk");
    assertEquals("S256", jssdk.getJsonObject("attributes").getString("pkce.code.challenge.method"));
    assertFalse(jssdk.getBoolean("directAccessGrantsEnabled"));
    assertFalse(jssdk.getBoolean("implicitFlowEnabled"));
    assertFalse(jssdk.getBoolean("fullScopeAllowed"), "its tokens, never redeemed, carry no roles");
    assertEquals(
        List.of("${ONEWINDOW_BASE_URL:http://localhost:8080}/jssdk/login-complete.html"),
        jssdk.getJsonArray("redirectUris").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList());
  }

  /**
   * Issue 16 item 4: people get an API token with RFC 8628's device authorization grant, logging in
   * at the realm's own page (password, and OTP for administrators) — no secret handed out, no
   * password grant, no redirect anybody could abuse.
   */
  @Test
  void theCliClientHasTheDeviceGrantAndNoOther() {
    JsonObject cli = client("onewindow-cli");
    assertTrue(cli.getBoolean("publicClient"));
    assertEquals(
        "true",
        cli.getJsonObject("attributes").getString("oauth2.device.authorization.grant.enabled"));
    assertFalse(cli.getBoolean("standardFlowEnabled"));
    assertFalse(cli.getBoolean("implicitFlowEnabled"));
    assertFalse(cli.getBoolean("directAccessGrantsEnabled"));
    assertFalse(cli.getBoolean("serviceAccountsEnabled"));
    assertTrue(cli.getJsonArray("redirectUris").isEmpty());
    // Only the platform's own roles reach its tokens: no account-console audience, no api-client.
    assertFalse(cli.getBoolean("fullScopeAllowed"));
    List<String> scope =
        realm.getJsonArray("scopeMappings").stream()
            .map(JsonValue::asJsonObject)
            .filter(m -> "onewindow-cli".equals(m.getString("client", "")))
            .flatMap(m -> m.getJsonArray("roles").getValuesAs(JsonString.class).stream())
            .map(JsonString::getString)
            .toList();
    assertEquals(
        Set.of(
            "platform-admin",
            "app-reviewer",
            "filing-reviewer",
            "unit-developer",
            "citizen",
            "enterprise-user"),
        Set.copyOf(scope));
    assertEquals(
        "SM2", cli.getJsonObject("attributes").getString("access.token.signed.response.alg"));
  }

  @Test
  void eventsAreKeptHalfAYearAndDisabledUsersAreLoggedOut() {
    // GB/T 22239 level 3 security audit; logs kept >= 6 months (网络安全法 art. 21).
    assertTrue(realm.getBoolean("eventsEnabled"));
    assertTrue(realm.getInt("eventsExpiration") >= 180 * 24 * 3600);
    assertTrue(realm.getBoolean("adminEventsEnabled"));
    // Representations may carry personal data: the admin event says what changed, not the values.
    assertFalse(realm.getBoolean("adminEventsDetailsEnabled"));
    assertTrue(
        realm.getJsonArray("eventsListeners").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .anyMatch(DisabledUserLogoutFactory.ID::equals));
  }

  @Test
  void everyClientsTextsFitKeycloaksColumns() {
    // The import fails at start otherwise (CLIENT.DESCRIPTION and NAME are VARCHAR(255)).
    for (JsonValue value : realm.getJsonArray("clients")) {
      JsonObject client = value.asJsonObject();
      for (String field : List.of("description", "name")) {
        assertTrue(client.getString(field, "").length() <= 255, client.getString("clientId"));
      }
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

  /** The administrative roles: each includes the marker role that the OTP condition tests. */
  private static final List<String> ADMINISTRATIVE_ROLES =
      List.of("platform-admin", "app-reviewer", "filing-reviewer", "unit-developer");

  /** The documented demo OTP secret (README, "Demo accounts"), Base32. */
  private static final String DEMO_OTP_SECRET = "J5XGKV3JNZSG652EMVWW6T2UKAZDAMRW";

  private static JsonObject role(String name) {
    return realm.getValue("/roles/realm").asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no role " + name));
  }

  private static JsonObject flow(String alias) {
    return realm.getJsonArray("authenticationFlows").stream()
        .map(JsonValue::asJsonObject)
        .filter(f -> f.getString("alias").equals(alias))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no flow " + alias));
  }

  private static List<JsonObject> executions(String flowAlias) {
    return flow(flowAlias).getJsonArray("authenticationExecutions").stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }

  private static Map<String, String> config(String alias) {
    JsonObject config =
        realm.getJsonArray("authenticatorConfig").stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> c.getString("alias").equals(alias))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no authenticator config " + alias))
            .getJsonObject("config");
    return config.keySet().stream().collect(Collectors.toMap(k -> k, config::getString));
  }

  @Test
  void everyAdministrativeRoleIncludesTheAdministratorMarkerAndNoOtherRoleDoes() {
    for (String name : ADMINISTRATIVE_ROLES) {
      JsonObject role = role(name);
      assertTrue(role.getBoolean("composite", false), name);
      assertEquals(
          List.of("administrator"),
          role
              .getJsonObject("composites")
              .getJsonArray("realm")
              .getValuesAs(JsonString.class)
              .stream()
              .map(JsonString::getString)
              .toList(),
          name);
    }
    for (String name : List.of("citizen", "enterprise-user", "api-client", "administrator")) {
      assertFalse(role(name).getBoolean("composite", false), name);
    }
  }

  @Test
  void demoAdministratorsHaveTheDocumentedOtpSecretAndOtherUsersNone() {
    for (JsonValue value : realm.getJsonArray("users")) {
      JsonObject user = value.asJsonObject();
      boolean administrator =
          user.containsKey("realmRoles") && ADMINISTRATIVE_ROLES.contains(rolesOf(user).get(0));
      List<JsonObject> otp =
          user.getJsonArray("credentials") == null
              ? List.of()
              : user.getJsonArray("credentials").stream()
                  .map(JsonValue::asJsonObject)
                  .filter(c -> c.getString("type").equals("otp"))
                  .toList();
      assertEquals(administrator ? 1 : 0, otp.size(), user.getString("username"));
      if (administrator) {
        assertTrue(otp.get(0).getString("secretData").contains(DEMO_OTP_SECRET));
        JsonObject data = parse(otp.get(0).getString("credentialData"));
        assertEquals("BASE32", data.getString("secretEncoding"));
        assertEquals("totp", data.getString("subType"));
        assertEquals(30, data.getInt("period"));
      }
    }
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new java.io.StringReader(json))) {
      return reader.readObject();
    }
  }

  @Test
  void theOtpPolicyIsTotpAndACodeServesOnce() {
    assertEquals("totp", realm.getString("otpPolicyType"));
    assertEquals("HmacSHA1", realm.getString("otpPolicyAlgorithm"));
    assertEquals(6, realm.getInt("otpPolicyDigits"));
    assertEquals(30, realm.getInt("otpPolicyPeriod"));
    assertFalse(realm.getBoolean("otpPolicyCodeReusable"));
  }

  @Test
  void theBrowserFlowAsksTheAdministratorRoleForAnOtpAfterThePassword() {
    assertEquals("onewindow browser", realm.getString("browserFlow"));
    List<JsonObject> level1 = executions("level 1 password");
    // Keycloak's form through EvenCostPasswordForm: no timing oracle at login (issue 14, item 5).
    assertEquals(EvenCostPasswordFormFactory.ID, level1.get(1).getString("authenticator"));
    assertEquals("REQUIRED", level1.get(1).getString("requirement"));
    assertEquals("administrator otp", level1.get(2).getString("flowAlias"));
    assertEquals("CONDITIONAL", level1.get(2).getString("requirement"));
    List<JsonObject> otp = executions("administrator otp");
    assertEquals("conditional-user-role", otp.get(0).getString("authenticator"));
    assertEquals(
        "administrator", config(otp.get(0).getString("authenticatorConfig")).get("condUserRole"));
    assertEquals("false", config(otp.get(0).getString("authenticatorConfig")).get("negate"));
    assertEquals("auth-otp-form", otp.get(1).getString("authenticator"));
    assertEquals("REQUIRED", otp.get(1).getString("requirement"));
  }

  @Test
  void eachAcrValueIsARealNameLevelGuardedByItsOwnCondition() {
    JsonObject map = parse(realm.getJsonObject("attributes").getString("acr.loa.map"));
    assertEquals(Set.of("1", "2", "3", "4"), map.keySet());
    List<String> levelFlows =
        executions("onewindow levels").stream().map(e -> e.getString("flowAlias")).toList();
    assertEquals(4, levelFlows.size());
    for (int level = 1; level <= 4; level++) {
      assertEquals(level, map.getInt(Integer.toString(level)));
      List<JsonObject> flow = executions(levelFlows.get(level - 1));
      assertEquals("conditional-level-of-authentication", flow.get(0).getString("authenticator"));
      Map<String, String> condition = config(flow.get(0).getString("authenticatorConfig"));
      assertEquals(Integer.toString(level), condition.get("loa-condition-level"));
      if (level > 1) {
        // Levels 2-4 are re-checked at every request (max age 0): a lowered level counts at once.
        assertEquals("0", condition.get("loa-max-age"));
        assertEquals(RealNameLevelAuthenticatorFactory.ID, flow.get(1).getString("authenticator"));
        assertEquals(
            Integer.toString(level),
            config(flow.get(1).getString("authenticatorConfig")).get("level"));
      }
    }
  }

  @Test
  void selfRegistrationIsOnAndMakesACitizenAfterTheUserIsCreated() {
    // 002 6.4 a: one registration page.
    assertTrue(realm.getBoolean("registrationAllowed"));
    assertEquals("onewindow registration", realm.getString("registrationFlow"));
    List<String> form =
        executions("onewindow registration form").stream()
            .filter(e -> e.getString("requirement").equals("REQUIRED"))
            .map(e -> e.getString("authenticator"))
            .toList();
    assertEquals(
        List.of(
            "registration-user-creation",
            "registration-password-action",
            CitizenRegistrationFormActionFactory.ID),
        form);
  }

  @Test
  void everyFlowAndConfigAnExecutionNamesExists() {
    Set<String> flows = names("/authenticationFlows", "alias");
    Set<String> configs = names("/authenticatorConfig", "alias");
    for (JsonValue value : realm.getJsonArray("authenticationFlows")) {
      for (JsonValue execution : value.asJsonObject().getJsonArray("authenticationExecutions")) {
        JsonObject e = execution.asJsonObject();
        if (e.containsKey("flowAlias")) {
          assertTrue(flows.contains(e.getString("flowAlias")), e.toString());
        }
        if (e.containsKey("authenticatorConfig")) {
          assertTrue(configs.contains(e.getString("authenticatorConfig")), e.toString());
        }
      }
    }
    for (String binding : List.of("browserFlow", "registrationFlow", "directGrantFlow")) {
      assertTrue(flows.contains(realm.getString(binding)), binding);
    }
  }

  @Test
  void theRealNameVerificationActionIsListedAndEnabled() {
    JsonObject action =
        realm.getJsonArray("requiredActions").stream()
            .map(JsonValue::asJsonObject)
            .filter(a -> a.getString("alias").equals(RealNameVerificationRequiredActionFactory.ID))
            .findFirst()
            .orElseThrow();
    assertTrue(action.getBoolean("enabled"));
    assertFalse(action.getBoolean("defaultAction"));
  }

  @Test
  void everyProviderTheRealmNamesIsRegisteredWithKeycloak() throws IOException {
    Map<String, List<String>> services =
        Map.of(
            "org.keycloak.authentication.AuthenticatorFactory",
            List.of(
                RealNameLevelAuthenticatorFactory.class.getName(),
                EvenCostPasswordFormFactory.class.getName()),
            "org.keycloak.authentication.FormActionFactory",
            List.of(CitizenRegistrationFormActionFactory.class.getName()),
            "org.keycloak.authentication.RequiredActionFactory",
            List.of(RealNameVerificationRequiredActionFactory.class.getName()));
    for (Map.Entry<String, List<String>> service : services.entrySet()) {
      String listed =
          Files.readString(Path.of("src/main/resources/META-INF/services", service.getKey()));
      for (String factory : service.getValue()) {
        assertTrue(listed.lines().anyMatch(factory::equals), service.getKey() + ": " + factory);
      }
    }
  }

  @Test
  void theNewPagesSpeakChineseAndEnglishFromTheSameKeys() throws IOException {
    Map<String, Properties> bundles = new java.util.HashMap<>();
    for (String bundle : List.of("messages_zh_CN", "messages_zh_Hans", "messages_en")) {
      Properties messages = new Properties();
      try (InputStream in =
          getClass()
              .getResourceAsStream("/theme/onewindow/login/messages/" + bundle + ".properties")) {
        messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      }
      bundles.put(bundle, messages);
    }
    Set<String> keys = bundles.get("messages_zh_CN").stringPropertyNames();
    for (Properties messages : bundles.values()) {
      assertEquals(keys, messages.stringPropertyNames());
    }
    for (String key :
        List.of(
            "registerTitle",
            "realNameTitle",
            "realNameIdNumberInvalid",
            "realNameMismatch",
            "realNameSandboxNotice",
            "realNameFaceVerificationRequired",
            "invalidTotpMessage")) {
      assertTrue(keys.contains(key), key);
    }
    assertEquals(
        "身份证与姓名不一致，请核对后重新填写", bundles.get("messages_zh_CN").getProperty("realNameMismatch"));
  }

  @Test
  void consolePortalAndApiTokensAreSm2SignedByTheRealmsSm2Key() {
    // 003 6.3.2: the national algorithms; the realm has an SM2 key to sign with.
    assertTrue(
        realm.getJsonObject("components").getJsonArray("org.keycloak.keys.KeyProvider").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(c -> c.getString("providerId").equals("sm2")));
    for (String id : List.of("onewindow-console", "onewindow-portal")) {
      JsonObject attributes = client(id).getJsonObject("attributes");
      assertEquals("SM2", attributes.getString("id.token.signed.response.alg"), id);
      assertEquals("SM2", attributes.getString("access.token.signed.response.alg"), id);
      // WildFly 39 cannot check an SM2 at_hash: the mapper re-signs the ID token without it.
      assertTrue(
          client(id).getJsonArray("protocolMappers").stream()
              .map(JsonValue::asJsonObject)
              .anyMatch(m -> m.getString("protocolMapper").equals("sm2-id-token-without-at-hash")),
          id);
    }
    assertEquals(
        "SM2",
        client("onewindow-api")
            .getJsonObject("attributes")
            .getString("access.token.signed.response.alg"));
  }
}
