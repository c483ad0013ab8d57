package org.onewindow.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.it.support.Administrator;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.Browser;
import org.onewindow.it.support.DeployedCluster;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.OnCluster;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.Poll;
import org.onewindow.it.support.ServiceTokens;
import org.openqa.selenium.By;

/**
 * A node killed with SIGKILL under load (issue 17 item 3): the one running the cluster's schedules,
 * whose role the survivor takes over (WildFly's singleton policy). The sessions it served continue
 * on the survivor without a new login — console and portal sessions are distributable (WildFly's
 * web cache, two owners) and the balancer sends a request whose node is gone to the other one — and
 * every write the API acknowledged while the node died is in the database exactly once: the
 * balancer re-sends only what never reached a node, never a request a node may have committed.
 *
 * <p>The class runs last in the execution (failsafe's alphabetical order): the next class to need
 * both nodes would start the dead one again first ({@link DeployedCluster}).
 */
@OnCluster
class WhenANodeDiesClusterIT {

  /** Writes in the burst; the node dies after the first third is acknowledged. */
  private static final int BURST = 90;

  @RegisterExtension static final Administrators administrators = new Administrators();

  @Test
  void sessionsContinueOnTheSurvivorAndEveryAcknowledgedWriteIsKeptOnce() throws Exception {
    Administrator admin = administrators.platformAdmin();
    // The node that dies is the one running the cluster's schedules: exactly one does.
    int primary = primaryNode();
    int survivor = 3 - primary;
    assertEquals("standby", schedulerRole(survivor));
    try (Browser browser = new Browser()) {
      browser.pinTo(DeployedCluster.node(primary));
      browser.open(Platform.BASE_URL + "/portal/me.xhtml");
      browser.logInAsAdministrator(admin);
      assertEquals(admin.username(), browser.text(By.id("username")));
      browser.open(Platform.BASE_URL + "/console/audit.xhtml");
      browser.find(By.id("audit:records"));

      String prefix = "集群单位-" + UUID.randomUUID().toString().substring(0, 8) + "-";
      List<String> acknowledged = new CopyOnWriteArrayList<>();
      List<String> refused = new CopyOnWriteArrayList<>();
      CountDownLatch third = new CountDownLatch(BURST / 3);
      CompletableFuture<Void> writer =
          CompletableFuture.runAsync(() -> writeBurst(prefix, acknowledged, refused, third));
      assertTrue(third.await(5, TimeUnit.MINUTES), "the first third of the burst was answered");
      DeployedCluster.crash(primary);
      writer.get(10, TimeUnit.MINUTES);

      // WildFly's singleton policy elects the survivor once the dead node leaves the view.
      Poll.until(
          Duration.ofSeconds(60),
          () -> schedulerRole(survivor),
          "primary"::equals,
          "the survivor did not take over the schedules");

      // The page the dead node rendered posts back to the survivor, which restores the view from
      // the
      // session it holds a copy of: no new login, no expired view.
      browser.click(By.id("audit:verify"));
      browser.find(By.id("audit:chain"));
      assertFalse(browser.isOnKeycloakLoginPage(), "no new login on the survivor");
      browser.open(Platform.BASE_URL + "/portal/me.xhtml");
      assertEquals(admin.username(), browser.text(By.id("username")));
      browser.screenshot("cluster-session-on-the-survivor");

      Map<String, Long> stored = storedUnits(prefix);
      List<String> notOnce =
          acknowledged.stream().filter(name -> stored.getOrDefault(name, 0L) != 1L).toList();
      assertTrue(
          notOnce.isEmpty(),
          notOnce.size()
              + " of "
              + acknowledged.size()
              + " acknowledged writes not kept exactly"
              + " once: "
              + notOnce
              + " (refused while the node died: "
              + refused
              + ")");
      assertTrue(acknowledged.size() >= BURST - 5, "the survivor took the burst: " + refused);
    }
  }

  /** The one node whose health says it runs the schedules (ops.cluster.SchedulerElection). */
  private static int primaryNode() {
    List<Integer> primaries =
        java.util.stream.IntStream.rangeClosed(1, 2)
            .filter(n -> schedulerRole(n).equals("primary"))
            .boxed()
            .toList();
    assertEquals(1, primaries.size(), "exactly one scheduler primary: " + primaries);
    return primaries.get(0);
  }

  private static String schedulerRole(int n) {
    HttpJson.Reply health = HttpJson.get(DeployedCluster.nodeUrl(n) + "/api/v1/health", null);
    assertEquals(200, health.status(), health.body());
    return health.json().getJsonObject("data").getString("inspectionScheduler");
  }

  /** Access units through the balancer, round robin over both nodes until one dies. */
  private static void writeBurst(
      String prefix, List<String> acknowledged, List<String> refused, CountDownLatch third) {
    String token = ServiceTokens.api();
    for (int i = 0; i < BURST; i++) {
      String name = prefix + i;
      try {
        HttpJson.Reply reply =
            HttpJson.postJson(
                Platform.BASE_URL + "/api/v1/access-units",
                token,
                "{\"name\":\"" + name + "\",\"divisionCode\":\"330100\"}");
        if (reply.status() == 201) {
          acknowledged.add(name);
        } else {
          refused.add(name + " " + reply.status());
        }
      } catch (IllegalStateException connectionLost) {
        refused.add(name + " " + connectionLost.getCause());
      }
      third.countDown();
    }
  }

  /** How often each of the run's unit names is stored (read from the survivor). */
  private static Map<String, Long> storedUnits(String prefix) {
    HttpJson.Reply list =
        HttpJson.get(Platform.BASE_URL + "/api/v1/access-units", ServiceTokens.api());
    assertEquals(200, list.status(), list.body());
    return list.json().getJsonArray("data").getValuesAs(JsonObject.class).stream()
        .map(unit -> unit.getString("name"))
        .filter(name -> name.startsWith(prefix))
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }
}
