package org.onewindow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;

/**
 * The realm's GB/T 22239 level-3 settings, read back from the running Keycloak through the Admin
 * API, and the account lockout seen through the real login page. Keycloak is the same for both
 * database runs, so this runs once, in the H2 run.
 */
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
class RealmSecurityIT {

  private final KeycloakAdmin admin = new KeycloakAdmin();

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
        KeycloakAdmin.hashedPassword("pbkdf2-sm3", iterations, salt, hash, created));
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
}
