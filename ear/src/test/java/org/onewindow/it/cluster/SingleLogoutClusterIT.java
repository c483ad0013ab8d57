package org.onewindow.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.it.support.Administrator;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.Browser;
import org.onewindow.it.support.ConsentPage;
import org.onewindow.it.support.DeployedCluster;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.KeycloakAdmin;
import org.onewindow.it.support.OnCluster;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.Poll;
import org.onewindow.it.support.ServiceTokens;
import org.openqa.selenium.By;

/**
 * Single logout on every node (002 6.4 d; 004 5.4; issue 17 item 3): sessions pinned to different
 * nodes by the balancer's cookie all end, however the single sign-on session ends — logout in a
 * client served by the other node, an administrator ending the user's sessions, the user disabled.
 * Keycloak's back-channel call reaches one node through the balancer; the revocation it records is
 * replicated, and each node's filter finds it on the session's next request.
 */
@OnCluster
class SingleLogoutClusterIT {

  @RegisterExtension static final Administrators administrators = new Administrators();

  private static final String PORTAL_PAGE = Platform.BASE_URL + "/portal/me.xhtml";

  @Test
  void theBalancerSendsARequestToTheNodeItsCookieNamesAndBothRunOneBuild() {
    java.util.Set<String> builds = new java.util.HashSet<>();
    for (int n = 1; n <= 2; n++) {
      String node = DeployedCluster.node(n);
      // A node its health check took out for a moment (a loaded machine) comes back within
      // seconds; pinning is then exact.
      jakarta.json.JsonObject health =
          Poll.until(
              java.time.Duration.ofSeconds(30),
              () -> pinnedHealth(node),
              data -> node.equals(data.getString("node")),
              "the balancer did not send OW_NODE=" + node + " to " + node);
      assertEquals("consistent", health.getString("cluster"), health.toString());
      builds.add(health.getString("build"));
    }
    assertEquals(1, builds.size(), "one build on both nodes: " + builds);

    // Either node's view of the cluster lists both, on that one build.
    HttpJson.Reply view =
        HttpJson.get(Platform.BASE_URL + "/api/v1/health/cluster", ServiceTokens.api());
    assertEquals(200, view.status(), view.body());
    jakarta.json.JsonObject cluster = view.json().getJsonObject("data");
    assertEquals(true, cluster.getBoolean("consistent"), view.body());
    assertEquals(
        java.util.List.of("node1", "node2"),
        cluster.getJsonArray("members").getValuesAs(jakarta.json.JsonObject.class).stream()
            .map(member -> member.getString("node"))
            .toList(),
        view.body());
  }

  private static jakarta.json.JsonObject pinnedHealth(String node) {
    HttpJson.Reply health =
        HttpJson.call(
            "GET", Platform.BASE_URL + "/api/v1/health", null, null, "Cookie", "OW_NODE=" + node);
    assertEquals(200, health.status(), health.body());
    return health.json().getJsonObject("data");
  }

  @Test
  void loggingOutOfTheConsoleOnOneNodeEndsThePortalSessionOnTheOther() {
    try (Browser browser = new Browser()) {
      portalOnNode1ConsoleOnNode2(browser, administrators.platformAdmin());
      browser.click(By.id("logout"));
      browser.find(By.id("welcome"));

      browser.pinTo(DeployedCluster.node(1));
      browser.open(PORTAL_PAGE);
      browser.waitUntil(driver -> browser.isOnKeycloakLoginPage());
    }
  }

  /**
   * Issue 4's walk with the sessions on different nodes (004 5.4; 002 6.4 d): the portal on node 1,
   * the console on node 2, the light app on node 1; the light app's logout (the JSSDK's) ends the
   * console session on node 2 and the portal session on node 1.
   */
  @Test
  void theLightAppsLogoutEndsEverySessionOnEveryNode() {
    try (Browser browser = new Browser()) {
      portalOnNode1ConsoleOnNode2(browser, administrators.platformAdmin());

      browser.pinTo(DeployedCluster.node(1));
      // The demo light app is under the consent rule (000 10.3 h): the administrator agrees on
      // the portal's consent page, which then opens the app.
      ConsentPage.agreeSignedIn(browser, ConsentPage.DEMO_APP);
      browser.waitForText(By.id("status"), "已登录");
      browser.click(By.id("logout"));
      browser.waitForText(By.id("status"), "已退出登录");

      browser.pinTo(DeployedCluster.node(2));
      browser.open(Platform.BASE_URL + "/console/");
      browser.waitUntil(driver -> browser.isOnKeycloakLoginPage());
      browser.pinTo(DeployedCluster.node(1));
      browser.open(PORTAL_PAGE);
      browser.waitUntil(driver -> browser.isOnKeycloakLoginPage());
    }
  }

  @Test
  void anAdministratorEndingTheUsersSessionsEndsThemOnBothNodes() {
    endsOnBothNodes(user -> user.admin().post("/users/" + user.id() + "/logout", ""));
  }

  @Test
  void disablingTheUserEndsTheirSessionsOnBothNodes() {
    endsOnBothNodes(user -> user.admin().disable(user.id()));
  }

  private record User(KeycloakAdmin admin, String id) {}

  /**
   * A citizen logged in twice (two browsers, two single sign-on sessions), one session on each
   * node; {@code end} ends them at the realm; then each browser's next page on its node demands a
   * login.
   */
  private static void endsOnBothNodes(Consumer<User> end) {
    KeycloakAdmin admin = new KeycloakAdmin();
    String username = "cluster-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "Cl@" + UUID.randomUUID().toString().substring(0, 8) + "x";
    String id = admin.createUser(username, "citizen", KeycloakAdmin.password(password));
    try (Browser onNode1 = new Browser();
        Browser onNode2 = new Browser()) {
      logInAtThePortal(onNode1, 1, username, password);
      logInAtThePortal(onNode2, 2, username, password);

      end.accept(new User(admin, id));

      for (Browser browser : new Browser[] {onNode1, onNode2}) {
        browser.open(PORTAL_PAGE);
        browser.waitUntil(driver -> browser.isOnKeycloakLoginPage());
      }
    } finally {
      admin.delete("/users/" + id);
    }
  }

  /** Signs in at the portal with its session on node 1, then opens the console on node 2. */
  private static void portalOnNode1ConsoleOnNode2(Browser browser, Administrator admin) {
    browser.pinTo(DeployedCluster.node(1));
    browser.open(PORTAL_PAGE);
    browser.logInAsAdministrator(admin);
    assertEquals(admin.username(), browser.text(By.id("username")));

    browser.pinTo(DeployedCluster.node(2));
    browser.open(Platform.BASE_URL + "/console/");
    browser.find(By.id("welcomeName"));
  }

  private static void logInAtThePortal(
      Browser browser, int node, String username, String password) {
    browser.pinTo(DeployedCluster.node(node));
    browser.open(PORTAL_PAGE);
    browser.logInAtKeycloak(username, password);
    assertEquals(username, browser.text(By.id("username")));
  }
}
