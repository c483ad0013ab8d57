package org.onewindow.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.it.support.Administrator;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.Browser;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.KeycloakAdmin;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.openqa.selenium.By;

/**
 * Single logout (002 6.4 d, 004 5.4): however a user's single sign-on session ends — logout in one
 * client, an administrator ending it in Keycloak — every client demands a login again, through
 * Keycloak's back-channel logout to {@code /api/v1/backchannel-logout} and the cluster-wide
 * revocation every WAR checks. Forged logout tokens change nothing.
 */
// Revocation lives in the cluster's Infinispan cache, not in the database: once, in the H2 run.
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
@PlatformIT
class SingleLogoutIT {

  @RegisterExtension static final Administrators administrators = new Administrators();

  private static final String LOGOUT_ENDPOINT = Platform.BASE_URL + "/api/v1/backchannel-logout";

  /** Logs in at the portal's protected page and shows it. */
  private static void logInAtThePortal(Browser browser, String username, String password) {
    browser.open(Platform.BASE_URL + "/portal/me.xhtml");
    browser.logInAtKeycloak(username, password);
    assertEquals(username, browser.text(By.id("username")));
  }

  /** The same for an administrator of the test's own, whose second factor is a TOTP code. */
  private static void logInAtThePortalAsAdministrator(Browser browser) {
    Administrator admin = administrators.platformAdmin();
    browser.open(Platform.BASE_URL + "/portal/me.xhtml");
    browser.logInAsAdministrator(admin);
    assertEquals(admin.username(), browser.text(By.id("username")));
  }

  @Test
  void signingOutOfTheConsoleEndsThePortalSessionToo() {
    try (Browser browser = new Browser()) {
      logInAtThePortalAsAdministrator(browser);
      browser.open(Platform.BASE_URL + "/console/");
      browser.find(By.id("welcomeName"));

      browser.click(By.id("logout"));
      browser.find(By.id("welcome"));

      // The portal's own HTTP session still holds tokens; the realm's logout call revoked them.
      browser.open(Platform.BASE_URL + "/portal/me.xhtml");
      browser.waitUntil(driver -> browser.isOnKeycloakLoginPage());
      browser.screenshot("single-logout-portal-demands-login");
    }
  }

  @Test
  void anAdministratorEndingTheUsersSessionsLogsThemOutOfEveryClient() {
    KeycloakAdmin admin = new KeycloakAdmin();
    String username = "slo-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "Slo@" + UUID.randomUUID().toString().substring(0, 8) + "x";
    String id = admin.createUser(username, "citizen", KeycloakAdmin.password(password));
    try (Browser browser = new Browser()) {
      logInAtThePortal(browser, username, password);

      assertEquals(204, admin.post("/users/" + id + "/logout", "").status());

      browser.open(Platform.BASE_URL + "/portal/me.xhtml");
      browser.waitUntil(driver -> browser.isOnKeycloakLoginPage());
    } finally {
      admin.delete("/users/" + id);
    }
  }

  @Test
  void disablingAUserLogsThemOutOfEveryClient() {
    // Keycloak keeps a disabled user's sessions and tells no client; onewindow-session-guard does.
    KeycloakAdmin admin = new KeycloakAdmin();
    String username = "dis-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "Dis@" + UUID.randomUUID().toString().substring(0, 8) + "x";
    String id = admin.createUser(username, "citizen", KeycloakAdmin.password(password));
    try (Browser browser = new Browser()) {
      logInAtThePortal(browser, username, password);

      admin.disable(id);

      browser.open(Platform.BASE_URL + "/portal/me.xhtml");
      browser.waitUntil(driver -> browser.isOnKeycloakLoginPage());
    } finally {
      admin.delete("/users/" + id);
    }
  }

  @Test
  void aLogoutTokenThatIsNotTheRealmsIsRefusedAndChangesNothing() {
    try (Browser browser = new Browser()) {
      logInAtThePortal(browser, "citizen", Platform.DEMO_PASSWORD);

      for (String forged :
          new String[] {
            "",
            "not-a-token",
            // alg none, claims that would end every session of the demo citizen
            "eyJhbGciOiJub25lIn0.eyJzdWIiOiJjaXRpemVuIn0.",
            // a well-formed RS256 token under a key id the realm never published
            "eyJhbGciOiJSUzI1NiIsImtpZCI6ImZvcmdlZCJ9.eyJzdWIiOiJjaXRpemVuIn0.c2lnbmF0dXJl"
          }) {
        HttpJson.Reply reply = HttpJson.postForm(LOGOUT_ENDPOINT, Map.of("logout_token", forged));
        assertEquals(400, reply.status(), reply.body());
        assertEquals(20000, reply.json().getInt("code"), reply.body());
        assertFalse(reply.json().getString("msg").isBlank());
        assertFalse(reply.body().contains("Exception"), reply.body());
      }

      // Still logged in at the portal.
      browser.open(Platform.BASE_URL + "/portal/me.xhtml");
      assertEquals("citizen", browser.text(By.id("username")));
      assertTrue(!browser.isOnKeycloakLoginPage());
    }
  }

  /**
   * The front-channel fallback (Front-Channel Logout 1.0): with the portal's back-channel URL
   * removed, the realm's logout page reaches it only through the browser, in a hidden frame at
   * {@code /portal/frontchannel-logout}; the portal session ends all the same.
   */
  @Test
  void aClientReachedOnlyFrontChannelIsLoggedOutThroughTheBrowser() {
    KeycloakAdmin admin = new KeycloakAdmin();
    String clientUuid =
        admin
            .get("/clients?clientId=onewindow-portal")
            .jsonArray()
            .getJsonObject(0)
            .getString("id");
    JsonObject original = admin.get("/clients/" + clientUuid).json();
    JsonObject attributes =
        Json.createObjectBuilder(original.getJsonObject("attributes"))
            .remove("backchannel.logout.url")
            .add("frontchannel.logout.url", Platform.BASE_URL + "/portal/frontchannel-logout")
            .add("frontchannel.logout.session.required", "true")
            .build();
    JsonObject frontChannelOnly =
        Json.createObjectBuilder(original)
            .add("frontchannelLogout", true)
            .add("attributes", attributes)
            .build();
    String username = "fcl-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "Fcl@" + UUID.randomUUID().toString().substring(0, 8) + "x";
    String id = admin.createUser(username, "citizen", KeycloakAdmin.password(password));
    assertEquals(204, admin.put("/clients/" + clientUuid, frontChannelOnly.toString()));
    try (Browser browser = new Browser()) {
      logInAtThePortal(browser, username, password);

      // A forged frame call (a sid not the browser's) changes nothing.
      browser.open(
          Platform.BASE_URL
              + "/portal/frontchannel-logout?iss="
              + Platform.REALM_URL
              + "&sid=forged");
      browser.open(Platform.BASE_URL + "/portal/me.xhtml");
      assertEquals(username, browser.text(By.id("username")));

      // Logout at the realm itself, confirmed in the browser: the page frames the portal's URL.
      browser.open(
          Platform.REALM_URL + "/protocol/openid-connect/logout?client_id=onewindow-portal");
      browser.click(By.id("kc-logout"));
      browser.waitUntil(
          driver -> {
            driver.get(Platform.BASE_URL + "/portal/me.xhtml");
            return browser.isOnKeycloakLoginPage();
          });
    } finally {
      admin.put("/clients/" + clientUuid, original.toString());
      admin.delete("/users/" + id);
    }
  }
}
