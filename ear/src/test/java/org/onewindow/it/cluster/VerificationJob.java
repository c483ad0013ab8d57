package org.onewindow.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;
import org.onewindow.it.support.AuditTrailRows;
import org.onewindow.it.support.DeployedCluster;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.Poll;
import org.onewindow.it.support.ServiceTokens;

/**
 * The audit chain's incremental verification (job {@code audit-chain-verification}) as the cluster
 * tests drive it across a node's loss (issue 17, ADR 0011): records appended first, a paced run
 * started on a chosen node, and the checks that its counts came out exact — every record verified
 * once, the restart reading only what the lost run had not committed.
 */
final class VerificationJob {

  private static final String JOB = "audit-chain-verification";

  /** Bounds each wait (a lease's 30 s silence and a recovery tick, a paced run); no measurement. */
  private static final Duration PATIENCE = Duration.ofMinutes(3);

  private final long[] before;
  final long id;

  private VerificationJob(long[] before, long id) {
    this.before = before;
    this.id = id;
  }

  /**
   * Appends {@code records} to the chain and starts a run on {@code node} as the administrator
   * whose {@code token} is given, over every record not verified yet up to the last appended
   * ({@code upTo}), paced to take about {@code seconds}: the suite's own sign-ins keep adding
   * records (the realm's stored events reach a fresh database in a flood), so the pace follows what
   * is pending. Chunks of about half a second's records.
   */
  static VerificationJob start(int node, String token, int records, int seconds) {
    long[] before = AuditTrailRows.verification();
    long last = AuditTrailRows.append(records, "cluster-it " + UUID.randomUUID());
    long pending = last - before[0];
    long perSecond = Math.max(2, (pending + seconds - 1) / seconds);
    long chunk = Math.max(2, perSecond / 2);
    long id =
        post(
            node,
            token,
            "{\"parameters\":{\"chunkSize\":"
                + chunk
                + ",\"recordsPerSecond\":"
                + perSecond
                + ",\"upTo\":"
                + last
                + "}}");
    System.out.printf(
        "[onewindow-it] verification run %d on node%d: %d records, %d a second, chunks of %d%n",
        id, node, pending, perSecond, chunk);
    return new VerificationJob(before, id);
  }

  private static long post(int node, String token, String body) {
    HttpJson.Reply started =
        HttpJson.postJson(
            DeployedCluster.nodeUrl(node) + "/api/v1/jobs/" + JOB + "/executions", token, body);
    assertEquals(201, started.status(), started.body());
    return started.json().getJsonObject("data").getJsonNumber("executionId").longValue();
  }

  /**
   * Waits until the run has committed {@code chunks} chunks on {@code node}; it is still running.
   */
  JsonObject committed(int node, int chunks) {
    JsonObject running =
        Poll.until(
            PATIENCE,
            () -> execution(node, id),
            run -> run.getJsonNumber("commits").longValue() >= chunks,
            "execution " + id + " did not commit " + chunks + " chunks on node" + node);
    assertEquals("STARTED", running.getString("status"), running.toString());
    assertEquals(DeployedCluster.node(node), running.getString("node"));
    return running;
  }

  /**
   * Waits until {@code survivor} recovered the run of a lost node: marked FAILED (not left
   * STARTED), lease RECOVERED, restarted; returns the lost run as the survivor reports it.
   */
  JsonObject recoveredBy(int survivor) {
    JsonObject lost =
        Poll.until(
            PATIENCE,
            () -> execution(survivor, id),
            run -> run.containsKey("restartedAs"),
            "node" + survivor + " did not recover execution " + id);
    assertEquals("FAILED", lost.getString("status"), lost.toString());
    assertEquals("RECOVERED", lost.getString("lease"), lost.toString());
    assertTrue(lost.getString("exitStatus").startsWith("NODE_LOST"), lost.toString());
    // What the lost run committed, as its checkpoint keeps it (JBeret saves the commit count before
    // it counts the commit being saved, the items written with it).
    assertTrue(lost.getJsonNumber("itemsWritten").longValue() > 0, "a chunk committed: " + lost);
    return lost;
  }

  /**
   * Waits until the execution {@code execution} ends, as {@code node} reports it, its lease
   * included: the batch runtime writes the end to the job repository and the job's listener ends
   * the lease in a transaction of its own, so for a moment a completed run may still show its lease
   * running (seen on a quiet machine).
   */
  JsonObject ended(int node, long execution) {
    return Poll.until(
        PATIENCE,
        () -> execution(node, execution),
        run ->
            !run.getString("status").matches("STARTING|STARTED|STOPPING")
                && !"RUNNING".equals(run.getString("lease", "")),
        "execution " + execution + " did not end, or its lease did not");
  }

  /**
   * The run restarted on {@code survivor} completed there, from the lost run's checkpoint, and
   * every record was verified exactly once.
   */
  void completedFromTheCheckpoint(JsonObject lost, int survivor) {
    long restarted = lost.getJsonNumber("restartedAs").longValue();
    JsonObject done = ended(survivor, restarted);
    assertEquals("COMPLETED", done.getString("status"), done.toString());
    assertEquals(DeployedCluster.node(survivor), done.getString("node"));
    long[] after = AuditTrailRows.verification();
    assertEquals(after[0] - before[0], after[1] - before[1], "records counted once each");
    assertEquals(
        after[0] - before[0],
        lost.getJsonNumber("itemsWritten").longValue()
            + done.getJsonNumber("itemsRead").longValue(),
        "the lost run's committed items + the restarted run's reads: " + lost + " / " + done);
  }

  /** The run completed on {@code node} as started, under its own lease, every record once. */
  void completedWithoutATakeover(int node) {
    JsonObject done = ended(node, id);
    assertEquals("COMPLETED", done.getString("status"), done.toString());
    assertEquals(DeployedCluster.node(node), done.getString("node"));
    assertEquals("ENDED", done.getString("lease"), done.toString());
    assertTrue(!done.containsKey("restartedAs"), done.toString());
    long[] after = AuditTrailRows.verification();
    assertEquals(after[0] - before[0], after[1] - before[1], "records counted once each");
    assertEquals(after[0] - before[0], done.getJsonNumber("itemsWritten").longValue());
  }

  /**
   * Waits until the node that lost the run, resumed, has given it up: its next chunk was refused by
   * the fence (or its frozen transaction ended by the database) and it says so in its log.
   */
  void givenUpOn(int node) {
    String said = "Batch execution " + id + " (" + JOB + ") ended here after a survivor";
    Poll.until(
        PATIENCE,
        () -> {
          try {
            return Files.readString(DeployedCluster.log(node));
          } catch (IOException e) {
            return "";
          }
        },
        log -> log.contains(said),
        "node" + node + " never gave execution " + id + " up");
  }

  /** The execution as {@code node} reports it, read with the API's service account (monitoring). */
  JsonObject execution(int node, long execution) {
    HttpJson.Reply reply =
        HttpJson.get(
            DeployedCluster.nodeUrl(node) + "/api/v1/jobs/executions/" + execution,
            ServiceTokens.api());
    assertEquals(200, reply.status(), reply.body());
    return reply.json().getJsonObject("data");
  }
}
