package org.onewindow.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.it.support.Administrator;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.Browser;
import org.onewindow.it.support.KeycloakAdmin;
import org.onewindow.it.support.OidcTestClient;
import org.onewindow.it.support.Platform;
import org.openqa.selenium.By;

/**
 * The administrators' second factor (GB/T 22239 level 3) through the real login pages: every
 * administrative role gives a TOTP code after the password, citizens never see the OTP page.
 * Keycloak is the same for both database runs, so this runs once, in the H2 run.
 */
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
class AdministratorOtpIT {

  @RegisterExtension static final Administrators administrators = new Administrators();

  private final KeycloakAdmin admin = new KeycloakAdmin();
  private final OidcTestClient client = new OidcTestClient(admin);

  @AfterEach
  void removeClient() {
    client.close();
  }

  @Test
  void anAdministratorMustGiveACodeAndAWrongOneIsRefused() {
    Administrator reviewer = administrators.reviewer();
    try (Browser browser = new Browser()) {
      browser.open(client.authorizationUrl(Map.of()));
      browser.logInAtKeycloak(reviewer.username(), reviewer.password());
      browser.find(By.id("otp"));
      assertFalse(OidcTestClient.isCallback(browser.url()), "no code before the OTP");

      browser.enterOtp(reviewer.wrongCode());
      browser.findExactText("动态口令不正确，请输入认证器应用当前显示的6位数字");
      assertFalse(OidcTestClient.isCallback(browser.url()));
      browser.screenshot("keycloak-otp-wrong-code");

      browser.enterOtp(reviewer.nextCode());
      browser.waitUntil(driver -> OidcTestClient.isCallback(driver.getCurrentUrl()));
      JsonObject token = client.accessTokenClaims(browser.url());
      assertEquals(reviewer.username(), token.getString("preferred_username"));
      assertTrue(realmRoles(token).contains("administrator"), token.toString());
    }
  }

  @Test
  void aCitizenLogsInWithThePasswordAlone() {
    try (Browser browser = new Browser()) {
      browser.open(client.authorizationUrl(Map.of()));
      browser.logInAtKeycloak("citizen", Platform.DEMO_PASSWORD);
      browser.waitUntil(driver -> OidcTestClient.isCallback(driver.getCurrentUrl()));
      JsonObject token = client.accessTokenClaims(browser.url());
      assertEquals("citizen", token.getString("preferred_username"));
      assertFalse(realmRoles(token).contains("administrator"));
    }
  }

  @Test
  void anAdministratorWithoutAnAuthenticatorMustEnrolOneFirst() {
    // A new administrative account (any of the roles, through the marker) gets no code-less way in.
    String username = "new-admin-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "NewAdmin#2026x";
    String id = admin.createUser(username, "unit-developer", KeycloakAdmin.password(password));
    try (Browser browser = new Browser()) {
      browser.open(client.authorizationUrl(Map.of()));
      browser.logInAtKeycloak(username, password);
      // Keycloak's authenticator set-up page (CONFIGURE_TOTP): the secret and a code field.
      browser.find(By.id("totp"));
      assertFalse(OidcTestClient.isCallback(browser.url()));
    } finally {
      admin.delete("/users/" + id);
    }
  }

  private static List<String> realmRoles(JsonObject token) {
    return token
        .getJsonObject("realm_access")
        .getJsonArray("roles")
        .getValuesAs(JsonString.class)
        .stream()
        .map(JsonString::getString)
        .toList();
  }
}
