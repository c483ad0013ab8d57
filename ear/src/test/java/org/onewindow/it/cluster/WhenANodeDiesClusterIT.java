package org.onewindow.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.it.support.Administrator;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.AppCentreSetup;
import org.onewindow.it.support.Browser;
import org.onewindow.it.support.ConsentPage;
import org.onewindow.it.support.DeployedCluster;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.OnCluster;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.Poll;
import org.onewindow.it.support.SampleUpstream;
import org.openqa.selenium.By;

/**
 * A node killed with SIGKILL under load (issue 17 item 3): the one running the cluster's schedules,
 * whose role the survivor takes over (WildFly's singleton policy). A bounded load runs through the
 * balancer across the kill ({@link BoundedLoad}): writes as console actions make them, signed
 * gateway calls and ticket exchanges. The sessions the dead node served continue on the survivor
 * without a new login — console and portal sessions are distributable (WildFly's web cache, two
 * owners) and the balancer sends a request whose node is gone to the other one — and nothing the
 * load saw acknowledged is lost or done twice: every acknowledged write is in the database exactly
 * once, every acknowledged gateway call reached the upstream exactly once (and one that got no
 * answer at most once), every nonce stays used on the survivor, and every ticket exchanges at most
 * once, exactly once when issued or exchanged after the kill (000 9.2.1 d, 003 6.2.4). The balancer
 * re-sends only what never reached a node, never a request a node may have acted on. A batch job
 * running on the dead node is marked failed by the survivor and restarted there from its last
 * checkpoint, every item processed once (ADR 0011).
 *
 * <p>The class runs last in the execution (failsafe's alphabetical order): the next class to need
 * both nodes would start the dead one again first ({@link DeployedCluster}).
 */
@OnCluster
class WhenANodeDiesClusterIT {

  /** Operations of each lane; the node dies a third of the way into every lane. */
  private static final int WRITES = 90;

  private static final int GATEWAY_CALLS = 90;
  private static final int TICKETS = 30;

  @RegisterExtension static final Administrators administrators = new Administrators();

  private static SampleUpstream upstream;

  @BeforeAll
  static void start() {
    upstream = new SampleUpstream();
  }

  @AfterAll
  static void stop() {
    upstream.close();
  }

  @Test
  void sessionsContinueOnTheSurvivorAndEveryAcknowledgedOperationIsDoneOnce() throws Exception {
    Administrator admin = administrators.platformAdmin();
    AccessUnitWrites writes = new AccessUnitWrites(WRITES);
    SignedGatewayCalls gateway =
        new SignedGatewayCalls(
            GATEWAY_CALLS,
            new AppCentreSetup(administrators, "集群负载"),
            administrators.platformAdmin().consoleToken());
    // The demo light app is under the consent rule (000 10.3 h): the citizen agrees once first.
    ConsentPage.agree("citizen", Platform.DEMO_PASSWORD, TicketExchanges.APP);
    TicketExchanges tickets = new TicketExchanges(TICKETS);
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

      // A batch job runs on the node that dies, paced to about 20 s: mid-way at the kill.
      VerificationJob job =
          VerificationJob.start(primary, administrators.platformAdmin().consoleToken(), 40, 20);
      job.committed(primary, 2);
      BoundedLoad.run(List.of(writes, gateway, tickets), () -> DeployedCluster.crash(primary));
      System.out.println(summary(writes, gateway, tickets));

      // WildFly's singleton policy elects the survivor once the dead node leaves the view.
      Poll.until(
          Duration.ofSeconds(60),
          () -> schedulerRole(survivor),
          "primary"::equals,
          "the survivor did not take over the schedules");

      // The page the dead node rendered posts back to the survivor, which restores the view from
      // the session it holds a copy of: no new login, no expired view.
      browser.click(By.id("audit:verify"));
      browser.find(By.id("audit:chain"));
      assertFalse(browser.isOnKeycloakLoginPage(), "no new login on the survivor");
      browser.open(Platform.BASE_URL + "/portal/me.xhtml");
      assertEquals(admin.username(), browser.text(By.id("username")));
      browser.screenshot("cluster-session-on-the-survivor");
      everyAcknowledgedWriteIsKeptOnce(writes);
      everyGatewayCallReachedTheUpstreamAtMostOnce(gateway);
      everyTicketExchangesAtMostOnce(tickets);
      // The dead node's lease goes silent: the survivor marks the job failed (not left STARTED)
      // and restarts it from its last checkpoint, every record verified once (ADR 0011).
      job.completedFromTheCheckpoint(job.recoveredBy(survivor), survivor);
    }
  }

  private static void everyAcknowledgedWriteIsKeptOnce(AccessUnitWrites writes) {
    List<String> notOnce = writes.notKeptOnce();
    assertTrue(
        notOnce.isEmpty(),
        notOnce.size()
            + " of "
            + writes.acknowledged.size()
            + " acknowledged writes not kept exactly once: "
            + notOnce
            + " (refused while the node died: "
            + writes.refused
            + ")");
    assertTrue(
        writes.acknowledged.size() >= WRITES - 5,
        "the survivor took the writes: " + writes.refused);
  }

  /**
   * Counted at the upstream by each call's request id; then every call is replayed on the survivor
   * (same nonce, same signature): an acknowledged call's nonce is used on every node (the
   * replicated nonce store), so its replay is refused (20001) and never forwarded. A call that got
   * no answer may have been forwarded or not; its replay may pass only if it never was — together
   * never more than once.
   */
  private static void everyGatewayCallReachedTheUpstreamAtMostOnce(SignedGatewayCalls gateway) {
    List<SignedGatewayCalls.Call> calls = gateway.calls;
    assertEquals(GATEWAY_CALLS, calls.size());
    List<String> wrong = new ArrayList<>();
    for (SignedGatewayCalls.Call call : calls) {
      int reached = upstream.callsWithRequestId(call.requestId());
      if (call.acknowledged() ? reached != 1 : reached > 1) {
        wrong.add(call.requestId() + " answered " + call.status() + ", reached " + reached);
      }
    }
    assertTrue(wrong.isEmpty(), "gateway calls not forwarded as answered: " + wrong);

    for (SignedGatewayCalls.Call call : calls) {
      HttpJson.Reply replayed = gateway.replay(call);
      int reached = upstream.callsWithRequestId(call.requestId());
      if (call.acknowledged()
          && (replayed.status() != 401 || replayed.json().getInt("code") != 20001)) {
        wrong.add(call.requestId() + " replayed: " + replayed.status() + " " + replayed.body());
      }
      if (reached > 1 || (call.acknowledged() && reached != 1)) {
        wrong.add(call.requestId() + " reached the upstream " + reached + " times with replay");
      }
    }
    assertTrue(wrong.isEmpty(), "replays after the kill: " + wrong);

    long acknowledged = calls.stream().filter(SignedGatewayCalls.Call::acknowledged).count();
    assertTrue(
        acknowledged >= GATEWAY_CALLS - 5,
        "the survivor took the calls: "
            + calls.stream()
                .filter(call -> !call.acknowledged())
                .map(call -> call.status())
                .toList());
    assertTrue(
        calls.stream().anyMatch(call -> call.afterKill() && call.acknowledged()),
        "calls were acknowledged after the kill");
  }

  /**
   * No ticket exchanges twice, whichever node it is offered to, and every offer after the one that
   * exchanged it is refused as spent; a ticket issued after the kill, or issued before it and
   * exchanged after, exchanges exactly once. Only a ticket whose exchange was in flight on the
   * dying node may be spent unseen (Keycloak took it, the node died before answering).
   */
  private static void everyTicketExchangesAtMostOnce(TicketExchanges exchanges) {
    List<TicketExchanges.Ticket> tickets = exchanges.tickets;
    assertEquals(TICKETS + TICKETS / 3, tickets.size(), "tickets issued");
    List<TicketExchanges.Ticket> twice =
        tickets.stream().filter(ticket -> ticket.exchanges() > 1).toList();
    assertTrue(twice.isEmpty(), "tickets exchanged more than once: " + twice);
    List<TicketExchanges.Ticket> notRefused =
        tickets.stream().filter(ticket -> !ticket.refusedOnceSpent()).toList();
    assertTrue(notRefused.isEmpty(), "spent tickets not refused: " + notRefused);
    List<TicketExchanges.Ticket> notOnce =
        tickets.stream()
            .filter(ticket -> ticket.exchangedAfterKill && ticket.exchanges() != 1)
            .toList();
    assertTrue(notOnce.isEmpty(), "tickets exchanged after the kill, not exactly once: " + notOnce);
    assertTrue(
        tickets.stream().anyMatch(ticket -> !ticket.issuedAfterKill && ticket.exchangedAfterKill),
        "tickets issued before the kill were exchanged after it");
  }

  /** What the load was answered, for the run's log: the counts the assertions judge. */
  private static String summary(
      AccessUnitWrites writes, SignedGatewayCalls gateway, TicketExchanges tickets) {
    return String.format(
        "[onewindow-it] load across the kill: writes %d acknowledged, %d not (%s); gateway calls"
            + " %d acknowledged, answers otherwise %s; tickets %d, offers answered %s",
        writes.acknowledged.size(),
        writes.refused.size(),
        writes.refused,
        gateway.calls.stream().filter(SignedGatewayCalls.Call::acknowledged).count(),
        gateway.calls.stream()
            .filter(call -> !call.acknowledged())
            .map(SignedGatewayCalls.Call::status)
            .toList(),
        tickets.tickets.size(),
        tickets.tickets.stream()
            .flatMap(ticket -> ticket.answers.stream())
            .collect(
                java.util.stream.Collectors.groupingBy(
                    answer -> answer.status() + "/" + answer.code(),
                    java.util.TreeMap::new,
                    java.util.stream.Collectors.counting())));
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
}
