package org.onewindow.ops.batch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Who runs a batch execution: a node, and the start of its JVM (its incarnation), so that a node
 * restarted under the same name still recognises the executions its earlier life left behind.
 */
@Entity
@Table(name = "ow_batch_lease")
public class BatchLease {

  /** How often a holder renews its leases (and every chunk renews its own). */
  public static final Duration RENEWAL = Duration.ofSeconds(5);

  /**
   * A holder silent this long has lost its leases: six missed renewals, so a loaded machine's late
   * timer or a long garbage collection does not cost a running job (it would only be redone: the
   * fence keeps the result exact either way).
   */
  public static final Duration SILENCE = Duration.ofSeconds(30);

  /** A recovery claimed this long ago and not finished: its claimant died in between. */
  static final Duration RECOVERY_PATIENCE = Duration.ofSeconds(60);

  @Id private long executionId;

  @Column(nullable = false, length = 128)
  private String jobName;

  @Column(nullable = false, length = 128)
  private String node;

  @Column(nullable = false, length = 36)
  private String incarnation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private BatchLeaseState state;

  @Column(nullable = false)
  private Instant heartbeatAt;

  @Column(length = 128)
  private String recoveredBy;

  private Long restartedAs;

  protected BatchLease() {}

  /** The lease of an execution that starts now on this holder. */
  static BatchLease taken(
      long executionId, String jobName, String node, String incarnation, Instant now) {
    BatchLease lease = new BatchLease();
    lease.executionId = executionId;
    lease.jobName = jobName;
    lease.node = node;
    lease.incarnation = incarnation;
    lease.state = BatchLeaseState.RUNNING;
    lease.heartbeatAt = now;
    return lease;
  }

  /** The node of a lease adopted for an execution that ran without one. */
  static final String NO_HOLDER = "(unleased)";

  /**
   * The lease of an execution the job repository shows running although nobody ever leased it — a
   * node that crashed between creating the execution and taking its lease, or a run from before the
   * leases —: orphaned at once, for the recovery to mark and, where the job allows, restart.
   */
  static BatchLease adopted(long executionId, String jobName, Instant now) {
    BatchLease lease = taken(executionId, jobName, NO_HOLDER, "", now);
    lease.state = BatchLeaseState.ORPHANED;
    return lease;
  }

  /**
   * Whether the holder has lost this running lease, as a node seeing it at {@code now} judges: an
   * earlier life of the observer itself (same node name, another incarnation) at once, any other
   * holder once silent for {@link #SILENCE} — judged only when {@code judgeOthers}, that is when
   * the observer itself has reached the database for at least that long (after an outage of the
   * database every holder was silent, and must get the chance to renew first).
   */
  boolean holderLost(
      Instant now, String observerNode, String observerIncarnation, boolean judgeOthers) {
    if (state != BatchLeaseState.RUNNING || incarnation.equals(observerIncarnation)) {
      // The observer's own lease: it knows it is alive, whatever kept it from renewing.
      return false;
    }
    if (node.equals(observerNode)) {
      return true;
    }
    return judgeOthers && heartbeatAt.plus(SILENCE).isBefore(now);
  }

  /** Whether this lease waits for a recovery: orphaned, or claimed by one that never finished. */
  boolean awaitsRecovery(Instant now) {
    return state == BatchLeaseState.ORPHANED
        || state == BatchLeaseState.RECOVERING && heartbeatAt.plus(RECOVERY_PATIENCE).isBefore(now);
  }

  long executionId() {
    return executionId;
  }

  String jobName() {
    return jobName;
  }

  BatchLeaseState state() {
    return state;
  }

  Instant heartbeatAt() {
    return heartbeatAt;
  }

  BatchLeaseView view() {
    return new BatchLeaseView(
        executionId, jobName, node, state, heartbeatAt, recoveredBy, restartedAs);
  }
}
