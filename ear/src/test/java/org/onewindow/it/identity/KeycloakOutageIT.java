package org.onewindow.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.it.support.Administrator;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.Browser;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.KeycloakAdmin;
import org.onewindow.it.support.KeycloakControl;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;

/**
 * Keycloak down (issue 17, failure tests): people already signed in keep working until their tokens
 * expire (the platform checks tokens locally against the realm's cached keys); a new sign-in gets
 * the platform's own page saying the identity service is out of reach — never the browser's
 * connection error, never a stack trace —; once Keycloak is back, signing in works again without
 * touching WildFly.
 *
 * <p>The class stops the suite's Keycloak and starts it again (same port, same database, {@code
 * KeycloakControl}), in a finally block, so the classes after it find the realm as before. The
 * outage is kept short: everything asked of it is observed in one pass, then Keycloak restarts.
 */
@PlatformIT
// Keycloak's outage meets the same WARs on both databases; stopping the realm twice per build would
// only double the suite's downtime, so the class runs in the H2 run.
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
class KeycloakOutageIT {

  private static final Path SERVER_LOG =
      Path.of("target", "it-server-" + Platform.database(), "log", "server.log");

  /**
   * Opens {@code path} in {@code browser}, keeps a screenshot of what the person sees, and returns
   * its address and source. Before the platform had its own page, Chromium followed the redirect to
   * the stopped realm and showed its connection error (net::ERR_CONNECTION_REFUSED), which the
   * driver reports as an exception: that is recorded as what was seen, not thrown.
   */
  private static String[] firstSight(Browser browser, String path, String screenshot) {
    String error = "";
    try {
      browser.open(Platform.BASE_URL + path);
    } catch (WebDriverException e) {
      error = e.getMessage().lines().findFirst().orElse("") + "\n";
    }
    browser.screenshot(screenshot);
    return new String[] {browser.url(), error + browser.pageSource()};
  }

  @RegisterExtension static final Administrators administrators = new Administrators();

  private static String logSince(long offset) throws IOException {
    byte[] all = Files.readAllBytes(SERVER_LOG);
    return new String(
        all, (int) offset, all.length - (int) offset, java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void signedInUsersKeepWorkingNewSignInsAreToldAndEverythingRecovers() throws IOException {
    Administrator admin = administrators.platformAdmin();
    KeycloakAdmin realm = new KeycloakAdmin();
    String citizen = "out-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "Out@" + UUID.randomUUID().toString().substring(0, 8) + "x";
    String citizenId = realm.createUser(citizen, "citizen", KeycloakAdmin.password(password));
    try (Browser signedIn = new Browser()) {
      // Before: a portal and console session in one browser, and an API token from another sign-in.
      signedIn.open(Platform.BASE_URL + "/portal/me.xhtml");
      signedIn.logInAsAdministrator(admin);
      assertEquals(admin.username(), signedIn.text(By.id("username")));
      signedIn.open(Platform.BASE_URL + "/console/");
      signedIn.find(By.id("welcomeName"));
      String token = admin.consoleToken();
      assertEquals(200, HttpJson.get(Platform.BASE_URL + "/api/v1/interfaces", token).status());

      long logBefore = Files.size(SERVER_LOG);
      KeycloakControl.stop();
      try {
        assertFalse(KeycloakControl.realmAnswers());

        // (a) The session's pages and the bearer token go on working: nothing asks Keycloak.
        signedIn.open(Platform.BASE_URL + "/portal/me.xhtml");
        assertEquals(admin.username(), signedIn.text(By.id("username")));
        signedIn.screenshot("keycloak-down-portal-signed-in");
        signedIn.open(Platform.BASE_URL + "/console/");
        signedIn.find(By.id("welcomeName"));
        signedIn.screenshot("keycloak-down-console-signed-in");
        HttpJson.Reply api = HttpJson.get(Platform.BASE_URL + "/api/v1/interfaces", token);
        assertEquals(200, api.status(), api.body());

        // (b) A new sign-in, at the portal and at the console: the platform's own page, in Chinese.
        try (Browser fresh = new Browser()) {
          String[] portal =
              firstSight(fresh, "/portal/me.xhtml", "keycloak-down-portal-new-sign-in");
          String[] console = firstSight(fresh, "/console/", "keycloak-down-console-new-sign-in");
          for (String[] seen : new String[][] {portal, console}) {
            assertTrue(seen[0].startsWith(Platform.BASE_URL), seen[0]);
            assertTrue(seen[1].contains("id=\"identity-unavailable\""), seen[1]);
            assertTrue(seen[1].contains("统一身份认证服务暂时无法访问"), seen[1]);
            assertFalse(seen[1].contains("Exception"), seen[1]);
            assertFalse(seen[1].contains("at org."), seen[1]);
          }
          // The same page in English once the person asks for it.
          fresh.click(By.id("identity-unavailable-en"));
          fresh.waitForText(
              By.id("identity-unavailable"), "The sign-in service is temporarily unavailable");
          fresh.screenshot("keycloak-down-new-sign-in-en");
        }
      } finally {
        KeycloakControl.start();
      }

      // (c) Keycloak is back (its database kept): a new sign-in works without touching WildFly.
      assertTrue(KeycloakControl.realmAnswers());
      try (Browser later = new Browser()) {
        later.open(Platform.BASE_URL + "/portal/me.xhtml");
        later.logInAtKeycloak(citizen, password);
        assertEquals(citizen, later.text(By.id("username")));
        later.screenshot("keycloak-back-portal-sign-in");
      }
      // Nothing the outage caused reached the server's log as a stack trace either.
      String logged = logSince(logBefore);
      assertFalse(logged.contains("\tat "), logged);

      // The session made before the outage is still the same person's.
      signedIn.open(Platform.BASE_URL + "/portal/me.xhtml");
      assertEquals(admin.username(), signedIn.text(By.id("username")));
    } finally {
      if (KeycloakControl.realmAnswers()) {
        // A new admin token: the one taken before the restart may have run out meanwhile.
        new KeycloakAdmin().delete("/users/" + citizenId);
      }
    }
  }
}
