package org.onewindow.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.AuditTrailRows;
import org.onewindow.it.support.DeployedCluster;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.OnCluster;
import org.onewindow.it.support.Poll;

/**
 * A batch job running on a node that is killed (issue 17 item 3): the survivor finds the node's
 * lease silent, marks the execution FAILED (not left STARTED) and restarts it from its last
 * checkpoint, and the counts come out exact — every audit record verified once, none twice. The job
 * is the audit chain's incremental verification, a chunk job whose writer advances the verified
 * point in each chunk's transaction with the checkpoint; it runs paced (a few records a second) so
 * that it is surely mid-way when the node dies.
 */
@OnCluster
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BatchNodeLossClusterIT {

  private static final String JOB = "audit-chain-verification";

  /** Records the job verifies; at 4 a second, in chunks of 2, it takes about 20 s. */
  private static final int RECORDS = 80;

  @RegisterExtension static final Administrators administrators = new Administrators();

  /**
   * Longer than the silence after which a lease counts as lost (30 s) plus a recovery tick: the
   * other node's recovery runs all along and must leave a live holder's execution alone.
   */
  @Test
  @Order(1)
  void aJobOnALiveNodeIsNeverTakenOverHoweverLongItRuns() {
    String token = administrators.platformAdmin().consoleToken();
    long[] before = AuditTrailRows.verification();
    AuditTrailRows.append(80, "batch-live " + UUID.randomUUID());
    long id = start(1, token, "{\"parameters\":{\"chunkSize\":2,\"recordsPerSecond\":2}}");
    JsonObject done =
        Poll.until(
            Duration.ofMinutes(3),
            () -> execution(2, id, token),
            run -> !run.getString("status").matches("STARTING|STARTED"),
            "execution " + id + " did not end");
    assertEquals("COMPLETED", done.getString("status"), done.toString());
    assertEquals(DeployedCluster.node(1), done.getString("node"));
    assertEquals("ENDED", done.getString("lease"), done.toString());
    assertFalse(done.containsKey("restartedAs"), done.toString());
    long[] after = AuditTrailRows.verification();
    assertEquals(after[0] - before[0], after[1] - before[1], "records counted once each");
    assertEquals(after[0] - before[0], done.getJsonNumber("itemsWritten").longValue());
  }

  @Test
  @Order(2)
  void aJobOnAKilledNodeIsMarkedFailedAndRestartedByTheSurvivorFromItsCheckpoint() {
    String token = administrators.platformAdmin().consoleToken();
    long[] before = AuditTrailRows.verification();
    long last = AuditTrailRows.append(RECORDS, "batch-node-loss " + UUID.randomUUID());
    int doomed = 2;
    int survivor = 1;

    long first = start(doomed, token, "{\"parameters\":{\"chunkSize\":2,\"recordsPerSecond\":4}}");

    // Two chunks committed on the doomed node, and far from done: the node dies mid-way.
    JsonObject running =
        Poll.until(
            Duration.ofMinutes(2),
            () -> execution(doomed, first, token),
            run -> run.getJsonNumber("commits").longValue() >= 2,
            "the job did not commit two chunks on node " + doomed);
    assertEquals("STARTED", running.getString("status"), running.toString());
    assertEquals(DeployedCluster.node(doomed), running.getString("node"));
    DeployedCluster.crash(doomed);

    // The survivor: silent lease (30 s) -> orphaned -> marked failed and restarted there.
    JsonObject lost =
        Poll.until(
            Duration.ofMinutes(3),
            () -> execution(survivor, first, token),
            run -> run.containsKey("restartedAs"),
            "the survivor did not recover execution " + first);
    assertEquals("FAILED", lost.getString("status"), lost.toString());
    assertEquals("RECOVERED", lost.getString("lease"), lost.toString());
    assertTrue(lost.getString("exitStatus").startsWith("NODE_LOST"), lost.toString());
    long checkpointed = lost.getJsonNumber("itemsWritten").longValue();
    assertTrue(checkpointed >= 4, "the lost run's committed chunks count: " + lost);

    long second = lost.getJsonNumber("restartedAs").longValue();
    JsonObject done =
        Poll.until(
            Duration.ofMinutes(3),
            () -> execution(survivor, second, token),
            run -> !run.getString("status").matches("STARTING|STARTED"),
            "the restarted execution " + second + " did not end");
    assertEquals("COMPLETED", done.getString("status"), done.toString());
    assertEquals(DeployedCluster.node(survivor), done.getString("node"));

    long[] after = AuditTrailRows.verification();
    assertTrue(after[0] >= last, "verified through the appended records: " + after[0]);
    // Exact: no record verified twice across the crash, none skipped.
    assertEquals(after[0] - before[0], after[1] - before[1], "records counted once each");
    // From the checkpoint, not from the start: the restart read only what the lost run had not
    // committed.
    assertEquals(
        after[0] - before[0],
        checkpointed + done.getJsonNumber("itemsRead").longValue(),
        "lost run's committed items + restarted run's reads: " + lost + " / " + done);
  }

  private static long start(int node, String token, String body) {
    HttpJson.Reply started =
        HttpJson.postJson(
            DeployedCluster.nodeUrl(node) + "/api/v1/jobs/" + JOB + "/executions", token, body);
    assertEquals(201, started.status(), started.body());
    return started.json().getJsonObject("data").getJsonNumber("executionId").longValue();
  }

  private static JsonObject execution(int node, long id, String token) {
    HttpJson.Reply reply =
        HttpJson.get(DeployedCluster.nodeUrl(node) + "/api/v1/jobs/executions/" + id, token);
    assertEquals(200, reply.status(), reply.body());
    return reply.json().getJsonObject("data");
  }
}
