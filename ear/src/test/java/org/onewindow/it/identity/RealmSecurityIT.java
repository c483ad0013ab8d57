package org.onewindow.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.onewindow.it.support.Browser;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.KeycloakAdmin;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.Totp;
import org.openqa.selenium.By;

/**
 * The realm's GB/T 22239 level-3 settings, read back from the running Keycloak through the Admin
 * API, and the account lockout seen through the real login page. Keycloak is the same for both
 * database runs, so this runs once, in the H2 run.
 */
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
class RealmSecurityIT {

  private final KeycloakAdmin admin = new KeycloakAdmin();

  /** The OTP secret of the users this test makes: its own, so its codes are its own too. */
  private final String otpSecret = Totp.newSecret();

  @Test
  void passwordPolicyAndBruteForceDetectionAreInForce() {
    JsonObject realm = admin.get("").json();
    String policy = realm.getString("passwordPolicy");
    for (String rule :
        new String[] {
          "length(8)",
          "upperCase(1)",
          "lowerCase(1)",
          "digits(1)",
          "specialChars(1)",
          "passwordHistory(3)",
          "hashAlgorithm(pbkdf2-sm3)"
        }) {
      assertTrue(policy.contains(rule), rule + " missing from " + policy);
    }
    assertTrue(realm.getBoolean("bruteForceProtected"));
    assertEquals(5, realm.getInt("failureFactor"));
    assertEquals(false, realm.getBoolean("permanentLockout"));
    assertEquals("zh-CN", realm.getString("defaultLocale"));
  }

  @Test
  void theConsoleSessionEndsAfterFifteenIdleMinutes() {
    JsonArray clients =
        Json.createReader(new StringReader(admin.get("/clients?clientId=onewindow-console").body()))
            .readArray();
    JsonObject attributes = clients.getJsonObject(0).getJsonObject("attributes");
    assertEquals("900", attributes.getString("client.session.idle.timeout"));
  }

  @Test
  void anAdministratorWhosePasswordIsOlderThan90DaysMustChangeIt() {
    String username = createUserWithOldPassword("platform-admin", 100);
    try (Browser browser = new Browser()) {
      browser.open(portalLoginPage());
      browser.logInAtKeycloak(username, OLD_PASSWORD);
      // An administrator: the second factor first (a new user: the current step's code is unused).
      browser.enterOtp(Totp.code(Totp.base32(otpSecret), Totp.currentStep()));
      // Keycloak's update-password page, asked for by the admin-password-expiry action.
      browser.find(By.id("password-new"));
      assertTrue(browser.isOnKeycloakLoginPage() || browser.url().startsWith(Platform.REALM_URL));
    } finally {
      deleteUser(username);
    }
  }

  @Test
  void aCitizenWithAnOldPasswordIsNotAskedToChangeIt() {
    String username = createUserWithOldPassword("citizen", 100);
    try (Browser browser = new Browser()) {
      browser.open(portalLoginPage());
      browser.logInAtKeycloak(username, OLD_PASSWORD);
      // Straight back to the portal (its page need not answer here): no password change asked.
      browser.waitUntil(driver -> driver.getCurrentUrl().startsWith(Platform.BASE_URL));
    } finally {
      deleteUser(username);
    }
  }

  private static final String OLD_PASSWORD = "Expired#2026x";

  /** A user whose pbkdf2-sm3 password credential was created {@code ageDays} days ago. */
  private String createUserWithOldPassword(String role, int ageDays) {
    String username = role + "-old-" + UUID.randomUUID().toString().substring(0, 8);
    byte[] salt = new byte[16];
    new java.security.SecureRandom().nextBytes(salt);
    int iterations = 100_000; // the realm's default for pbkdf2-sm3: no re-hash at login
    byte[] hash = org.onewindow.crypto.Sm3.pbkdf2(OLD_PASSWORD.toCharArray(), salt, iterations, 32);
    long created = System.currentTimeMillis() - ageDays * 86_400_000L;
    admin.createUser(
        username,
        role,
        KeycloakAdmin.hashedPassword("pbkdf2-sm3", iterations, salt, hash, created),
        KeycloakAdmin.otp(otpSecret));
    return username;
  }

  private void deleteUser(String username) {
    admin.delete("/users/" + admin.userId(username));
  }

  /** Keycloak's own login page for the portal client: no WildFly needed. */
  private static String portalLoginPage() {
    return Platform.REALM_URL
        + "/protocol/openid-connect/auth?client_id=onewindow-portal&response_type=code"
        + "&scope=openid&redirect_uri="
        + java.net.URLEncoder.encode(
            Platform.BASE_URL + "/portal/me.xhtml", java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void fiveWrongPasswordsLockTheAccountAndTheMessageNeverChanges() {
    String username = "lockout-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "Lockout#2026x";
    admin.createUser(username, "citizen", KeycloakAdmin.password(password));
    try (Browser browser = new Browser()) {
      browser.open(portalLoginPage());
      for (int attempt = 1; attempt <= 5; attempt++) {
        browser.logInAtKeycloak(username, "wrong-" + attempt);
        browser.findExactText("用户名或密码不正确");
      }
      // 000 10.3 f, no account enumeration: locked, the right password reads the same.
      browser.logInAtKeycloak(username, password);
      browser.findExactText("用户名或密码不正确");
      assertTrue(browser.isOnKeycloakLoginPage(), browser.url());
      assertTrue(browser.pageSource().contains("用户名或密码不正确"));
      assertTrue(browser.find(By.id("kc-login")).isDisplayed());
    } finally {
      deleteUser(username);
    }
  }

  /** The executions of a flow, flattened with their levels, as the Admin API lists them. */
  private JsonArray executions(String flowAlias) {
    String path =
        "/authentication/flows/"
            + java.net.URLEncoder.encode(flowAlias, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20")
            + "/executions";
    HttpJson.Reply reply = admin.get(path);
    assertEquals(200, reply.status(), reply.body());
    return Json.createReader(new StringReader(reply.body())).readArray();
  }

  private static java.util.List<JsonObject> withProvider(JsonArray executions, String providerId) {
    return executions.stream()
        .map(jakarta.json.JsonValue::asJsonObject)
        .filter(e -> providerId.equals(e.getString("providerId", "")))
        .toList();
  }

  @Test
  void everyAdministrativeRoleNeedsAnOtpAfterThePassword() {
    // GB/T 22239 level 3: a second factor for administrators, a conditional sub-flow on role.
    JsonObject realm = admin.get("").json();
    assertEquals("onewindow browser", realm.getString("browserFlow"));
    assertEquals("totp", realm.getString("otpPolicyType"));
    assertEquals(false, realm.getBoolean("otpPolicyCodeReusable"));
    JsonArray executions = executions("onewindow browser");
    JsonObject roleCondition = withProvider(executions, "conditional-user-role").get(0);
    JsonObject config =
        admin
            .get("/authentication/config/" + roleCondition.getString("authenticationConfig"))
            .json();
    assertEquals("administrator", config.getJsonObject("config").getString("condUserRole"));
    JsonObject otp = withProvider(executions, "auth-otp-form").get(0);
    assertEquals("REQUIRED", otp.getString("requirement"));
    assertEquals(roleCondition.getInt("level"), otp.getInt("level"));
    for (String role :
        new String[] {"platform-admin", "app-reviewer", "filing-reviewer", "unit-developer"}) {
      HttpJson.Reply composites = admin.get("/roles/" + role + "/composites");
      assertTrue(composites.body().contains("\"administrator\""), role + ": " + composites.body());
    }
    assertEquals(false, admin.get("/roles/citizen").json().getBoolean("composite"));
  }

  @Test
  void theRealNameLevelsAreTheLevelsOfAuthentication() {
    JsonObject realm = admin.get("").json();
    assertEquals(
        "{\"1\":1,\"2\":2,\"3\":3,\"4\":4}",
        realm.getJsonObject("attributes").getString("acr.loa.map").replace(" ", ""));
    JsonArray executions = executions("onewindow browser");
    assertEquals(4, withProvider(executions, "conditional-level-of-authentication").size());
    assertEquals(3, withProvider(executions, "real-name-level").size());
    JsonObject action = admin.get("/authentication/required-actions/real-name-verification").json();
    assertTrue(action.getBoolean("enabled"));
  }

  @Test
  void selfRegistrationIsOpenThroughTheOneWindowFlow() {
    JsonObject realm = admin.get("").json();
    assertTrue(realm.getBoolean("registrationAllowed"));
    assertEquals("onewindow registration", realm.getString("registrationFlow"));
    JsonArray executions = executions("onewindow registration");
    assertEquals(
        "REQUIRED",
        withProvider(executions, "citizen-registration").get(0).getString("requirement"));
    assertEquals(
        "REQUIRED",
        withProvider(executions, "registration-password-action").get(0).getString("requirement"));
  }

  @Test
  void theDemoAdministratorsHaveTheirDemoOtpAndCitizensNone() {
    assertTrue(credentialTypes("admin").contains("otp"));
    assertTrue(credentialTypes("filing").contains("otp"));
    assertTrue(!credentialTypes("citizen").contains("otp"));
  }

  private java.util.List<String> credentialTypes(String username) {
    return Json.createReader(
            new StringReader(admin.get("/users/" + admin.userId(username) + "/credentials").body()))
        .readArray()
        .stream()
        .map(c -> c.asJsonObject().getString("type"))
        .toList();
  }
}
