package org.onewindow.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.onewindow.it.support.Browser;
import org.onewindow.it.support.KeycloakAdmin;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.onewindow.it.support.Poll;
import org.onewindow.it.support.RealmLogin;
import org.onewindow.it.support.SandboxSmtp;
import org.openqa.selenium.By;

/**
 * Password recovery through Keycloak (001 7.7 a 密码找回): "forgot password" on the realm's login page
 * sends a mail through the realm's SMTP sender — here the tests' SANDBOX server — whose link lets
 * the user set a new password; the old one stops working. Keycloak only: once, in the H2 run.
 */
@PlatformIT
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
class PasswordRecoveryIT {

  private static final String OLD_PASSWORD = "Forgot#2026x";
  private static final String NEW_PASSWORD = "Recovered#2026y";

  private final KeycloakAdmin admin = new KeycloakAdmin();
  private final String username = "recover-" + UUID.randomUUID().toString().substring(0, 8);
  private final String email = username + "@demo.onewindow.local";
  private final String userId =
      admin.createUser(username, "citizen", KeycloakAdmin.password(OLD_PASSWORD));

  @AfterEach
  void cleanUp() {
    admin.delete("/users/" + userId);
  }

  @Test
  void aRecoveryMailArrivesAndItsLinkSetsANewPassword() throws IOException {
    try (SandboxSmtp smtp = new SandboxSmtp();
        Browser browser = new Browser()) {
      browser.open(Platform.BASE_URL + "/portal/me.xhtml");
      browser.waitUntil(driver -> browser.isOnKeycloakLoginPage());
      browser.click(By.cssSelector("a[href*='reset-credentials']"));
      browser.type(By.id("username"), username);
      browser.click(By.cssSelector("[type=submit]"));

      List<SandboxSmtp.Mail> mails =
          Poll.until(
              Duration.ofSeconds(30), () -> smtp.to(email), m -> !m.isEmpty(), "a recovery mail");
      assertEquals(1, mails.size());
      String link = mails.get(0).link("action-token");
      assertTrue(link.startsWith(Platform.REALM_URL), link);

      browser.open(link);
      browser.type(By.id("password-new"), NEW_PASSWORD);
      browser.type(By.id("password-confirm"), NEW_PASSWORD);
      browser.click(By.cssSelector("[type=submit]"));
      // The recovery ends signed in, back at the page that asked for the login.
      browser.waitUntil(driver -> browser.url().startsWith(Platform.BASE_URL + "/portal/"));
      assertEquals(username, browser.text(By.id("username")));
    }
    RealmLogin.as(username, NEW_PASSWORD);
    assertThrows(IllegalStateException.class, () -> RealmLogin.as(username, OLD_PASSWORD));
  }
}
