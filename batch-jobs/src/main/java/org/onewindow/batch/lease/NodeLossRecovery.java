package org.onewindow.batch.lease;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.util.Properties;
import java.util.logging.Logger;
import org.onewindow.batch.BatchJob;
import org.onewindow.ops.batch.BatchLeaseService;
import org.onewindow.ops.batch.BatchLeaseView;

/**
 * Every 5 seconds on every node (issue 17 item 2): renews the leases this node holds, orphans those
 * whose holder went silent (or is this node's own earlier life), and recovers orphans — marks each
 * execution failed and, for a job that allows it, restarts it here from its last checkpoint. Each
 * step is its own transaction, decided by a conditional update, so nodes running this at the same
 * moment recover each execution once; a recovery claimed by a node that died before finishing it is
 * claimed again a minute later.
 *
 * <p>Every node rather than the scheduler primary: recovery must not wait for an election, and the
 * conditional updates already make it exactly-once.
 */
@Singleton
@PermitAll
public class NodeLossRecovery {

  private static final Logger LOG = Logger.getLogger(NodeLossRecovery.class.getName());

  @EJB private BatchLeaseService leases;

  /** Whether the last tick failed (the singleton's ticks run one at a time). */
  private boolean failing;

  /**
   * Since when (monotonic) this node has reached the database tick after tick; 0 before its first
   * good tick. Another node's silence counts as a loss only once this node has reached the database
   * for the lease's silence (30 s) itself: after a database outage every holder was silent, and
   * each must get the chance to renew before anyone judges it.
   */
  private long reachingSince;

  /**
   * How long an execution may show running without a lease before it counts as lost: every start
   * through the batch module leases its run at once, but the inspection's trigger starts its job
   * directly and the listener leases it only once a batch thread picks it up, which a busy pool may
   * delay; as long as {@code RunningExecutions} trusts an unleased run.
   */
  static final Duration UNLEASED_GRACE = Duration.ofMinutes(30);

  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "batch-leases")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    try {
      leases.renewMine();
      long now = System.nanoTime();
      if (reachingSince == 0) {
        reachingSince = now;
      }
      leases.orphanTheLost(Duration.ofNanos(now - reachingSince));
      adoptUnleased();
      for (BatchLeaseView orphan : leases.claimRecoveries()) {
        leases.recovered(orphan.executionId(), restartIfAllowed(orphan));
      }
      if (failing) {
        failing = false;
        LOG.info("batch leases renewed again");
      }
    } catch (RuntimeException e) {
      reachingSince = 0;
      // The database may be away for a while; the next tick tries again. Never cancel the timer,
      // and say it once per outage rather than every 5 s.
      if (!failing) {
        failing = true;
        LOG.warning("batch leases cannot be renewed or recovered now: " + e);
      }
    }
  }

  /**
   * Gives the executions left running without any lease (a crash between the start and the lease,
   * or a run from before the leases) an orphaned lease, so that the recovery below treats them as
   * any lost run: on a single node nobody else would ever mark them (issue 19 item 5).
   */
  private void adoptUnleased() {
    for (BatchLeaseView unleased : leases.unleasedRunning(UNLEASED_GRACE)) {
      try {
        leases.adopt(unleased.executionId(), unleased.jobName());
      } catch (RuntimeException e) {
        // Another node adopted it at the same moment: its recovery goes on as one.
        LOG.fine(() -> "execution " + unleased.executionId() + " adopted elsewhere: " + e);
      }
    }
  }

  /** The continuing execution's id, or null when the job is only marked failed. */
  private static Long restartIfAllowed(BatchLeaseView orphan) {
    BatchJob job = BatchJob.byJobName(orphan.jobName()).orElse(null);
    if (job == null || job.afterNodeLoss() != BatchJob.AfterNodeLoss.RESTART) {
      LOG.warning(() -> "Batch execution " + orphan.executionId() + " marked failed (node lost)");
      return null;
    }
    JobOperator operator = BatchRuntime.getJobOperator();
    try {
      long restarted = operator.restart(orphan.executionId(), new Properties());
      LOG.warning(
          () ->
              "Batch execution "
                  + orphan.executionId()
                  + " ("
                  + orphan.jobName()
                  + ") lost node "
                  + orphan.node()
                  + ": restarted here from its last checkpoint as execution "
                  + restarted);
      return restarted;
    } catch (RuntimeException e) {
      // Already restarted by hand, or its instance completed meanwhile: nothing left to continue.
      LOG.warning("Batch execution " + orphan.executionId() + " not restarted: " + e);
      return null;
    }
  }
}
