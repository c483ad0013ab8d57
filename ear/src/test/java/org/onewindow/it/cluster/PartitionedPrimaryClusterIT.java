package org.onewindow.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.AppCentreSetup;
import org.onewindow.it.support.DeployedCluster;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.OnCluster;
import org.onewindow.it.support.Poll;
import org.onewindow.it.support.SampleUpstream;

/**
 * A split that heals (issue 17, "a split never leaves two singleton instances running at once once
 * it heals"): the scheduler primary's JVM is frozen with SIGSTOP, so its sockets stay open and
 * FD_SOCK2 never fires; the other node suspects it only when FD_ALL3's heartbeats time out (40 s,
 * JGroups 5.5's default, which cluster.cli keeps), then VERIFY_SUSPECT2 (1 s) confirms it and
 * WildFly's singleton policy elects the survivor. Resumed, the frozen node still holds the flag
 * that says primary until MERGE3 (every 1 to 10 s) merges the two views and the policy's election
 * over the merged view stops the service on one of them: the test waits for the merge and then
 * finds exactly one primary. While both may say primary, the per-subject claim (InspectionSchedule)
 * keeps a due subject from being inspected twice: two runs started at once, one on each node, make
 * one inspection (003 6.7.3 b, c). A batch job running on the frozen node is recovered by the
 * survivor meanwhile (its lease silent for 30 s: marked failed, restarted from its checkpoint), and
 * the thawed node's next chunk is refused by the lease's fence, so no record is verified twice (ADR
 * 0011).
 */
@OnCluster
class PartitionedPrimaryClusterIT {

  /** Bounds each wait for JGroups' failure detection and merge; none is a measurement. */
  private static final Duration VIEW_CHANGE = Duration.ofMinutes(4);

  @RegisterExtension static final Administrators administrators = new Administrators();

  private static SampleUpstream upstream;
  private static AppCentreSetup setup;
  private static String admin;

  @BeforeAll
  static void anUpstreamToInspect() {
    upstream = new SampleUpstream();
    setup = new AppCentreSetup(administrators, "集群分区");
    admin = administrators.platformAdmin().consoleToken();
  }

  @AfterAll
  static void stop() {
    upstream.close();
  }

  @Test
  void afterTheSplitHealsOneNodeRunsTheSchedulesAndADueSubjectIsInspectedOnce() {
    List<Integer> before = NodeHealth.primaries();
    assertEquals(1, before.size(), "exactly one scheduler primary before the split: " + before);
    int frozen = before.get(0);
    int survivor = 3 - frozen;
    // A batch job runs on the node about to freeze (ADR 0011), paced to about 20 s, so it is
    // mid-way when the node stops.
    VerificationJob job = VerificationJob.start(frozen, admin, 40, 20);
    job.committed(frozen, 2);

    DeployedCluster.suspend(frozen);
    System.out.printf("[onewindow-it] %s node%d suspended%n", java.time.Instant.now(), frozen);
    JsonObject lost;
    try {
      Poll.until(
          VIEW_CHANGE,
          () -> NodeHealth.schedulerRole(survivor),
          "primary"::equals,
          "node" + survivor + " did not take over the schedules from the frozen node" + frozen);
      // The frozen node's stamp ages out of the survivor's list (30 s without renewal): from now
      // on only a merged view can bring it back, which is how the test sees the merge.
      Poll.until(
          VIEW_CHANGE,
          () -> NodeHealth.members(survivor),
          members -> members.equals(List.of("node" + survivor)),
          "node" + survivor + " still lists the frozen node" + frozen);
      // Its lease went silent: the survivor marked the job failed and restarted it, while the
      // holder, frozen, still believes it runs it.
      lost = job.recoveredBy(survivor);
    } finally {
      DeployedCluster.resume(frozen);
    }
    // The resumed node runs on from where it stopped: for a moment it may still say primary.
    System.out.printf(
        "[onewindow-it] %s node%d resumed; it says %s, node%d says %s%n",
        java.time.Instant.now(),
        frozen,
        NodeHealth.schedulerRole(frozen),
        survivor,
        NodeHealth.schedulerRole(survivor));

    List<String> both = List.of("node1", "node2");
    Poll.until(
        VIEW_CHANGE,
        () -> List.of(NodeHealth.members(1), NodeHealth.members(2)),
        views -> views.get(0).equals(both) && views.get(1).equals(both),
        "the two views did not merge (members as node1, node2 see them)");
    // WildFly elects the singleton's provider once the server cache container's topology has
    // merged too, which follows the JGroups views; on a loaded 2-core machine that was seen to take
    // up to about 100 s after the views merged (one CI run of issue 18), hence the patience: it
    // bounds a split that never heals, nothing is measured.
    List<Integer> after =
        Poll.until(
            Duration.ofMinutes(3),
            NodeHealth::primaries,
            primaries -> primaries.size() == 1,
            "not exactly one scheduler primary once the views merged");
    System.out.printf(
        "[onewindow-it] %s after the merge node%d is the primary%n",
        java.time.Instant.now(), after.get(0));
    assertEquals("standby", NodeHealth.schedulerRole(3 - after.get(0)));

    // Thawed, the former holder meets the fence at its next chunk and gives the job up; the
    // survivor's restart completes from the checkpoint, every record verified once.
    job.givenUpOn(frozen);
    job.completedFromTheCheckpoint(lost, survivor);

    aDueSubjectIsInspectedOnceByTwoRunsOnTwoNodes();
  }

  /**
   * What two primaries at once would do — each start the job over the same due subjects — done on
   * purpose: one run on each node, started together; the claim hands the subject to one of them.
   * Both are scheduled runs ({@code {}}): a 立即巡检 of the subject on one node would ask for a second
   * inspection whenever it began after the other run's, which is a matter of timing.
   */
  private static void aDueSubjectIsInspectedOnceByTwoRunsOnTwoNodes() {
    String path = "/bus/line/split-" + UUID.randomUUID();
    long id = setup.onlineInterface(SampleUpstream.url(path));
    CompletableFuture<Long> onNode1 = CompletableFuture.supplyAsync(() -> start(1, "{}"));
    CompletableFuture<Long> onNode2 = CompletableFuture.supplyAsync(() -> start(2, "{}"));
    finished(onNode1.join());
    finished(onNode2.join());
    HttpJson.Reply records =
        HttpJson.get(
            AppCentreSetup.API + "/inspections?subjectType=interface&subjectId=" + id,
            setup.system);
    assertEquals(200, records.status(), records.body());
    assertEquals(1, records.json().getJsonArray("data").size(), records.body());
    assertEquals(1, upstream.callsTo(path), "calls to the inspected interface");
  }

  private static long start(int node, String body) {
    HttpJson.Reply started =
        HttpJson.postJson(DeployedCluster.nodeUrl(node) + "/api/v1/inspections", admin, body);
    assertEquals(201, started.status(), started.body());
    return started.json().getJsonObject("data").getJsonNumber("executionId").longValue();
  }

  /** Waits for the run to end; the job repository is the cluster's, either node answers. */
  private static void finished(long execution) {
    Set<String> ended = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");
    JsonObject run =
        Poll.until(
            Duration.ofMinutes(2),
            () -> {
              HttpJson.Reply reply =
                  HttpJson.get(AppCentreSetup.API + "/inspections/executions/" + execution, admin);
              assertEquals(200, reply.status(), reply.body());
              return reply.json().getJsonObject("data");
            },
            r -> ended.contains(r.getString("status")),
            "inspection run " + execution + " did not end");
    assertEquals("COMPLETED", run.getString("status"), run.toString());
  }
}
