package org.onewindow.batch.schedule;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import org.onewindow.batch.BatchJob;
import org.onewindow.batch.JobStarts;
import org.onewindow.common.PlatformException;
import org.onewindow.ops.batch.BatchLeaseService;
import org.onewindow.ops.batch.BatchScheduleService;
import org.onewindow.ops.batch.BatchScheduleView;
import org.onewindow.ops.cluster.SchedulerElection;

/**
 * Starts the jobs whose schedule is due (issue 19 item 5), every minute, on the node the singleton
 * policy elected only (ADR 0009, as {@code InspectionTrigger}): a timer on every node, so the
 * schedules move with the election within a minute. The claim of each due schedule is a conditional
 * update, so while a network split leaves two primaries each run still starts once; a run refused
 * because one goes on is not made up for (the next start comes at its time).
 *
 * <p>{@code -Donewindow.batch-schedules.enabled=false} switches it off on a node (read at each
 * tick).
 */
@Singleton
@PermitAll
public class ScheduledStarts {

  static final String ENABLED = "onewindow.batch-schedules.enabled";

  private static final Logger LOG = Logger.getLogger(ScheduledStarts.class.getName());

  @EJB private BatchScheduleService schedules;

  @EJB private BatchLeaseService leases;

  @Inject Clock clock;

  /** Whether this node is the elected one now; a seam for the unit tests. */
  BooleanSupplier primary = SchedulerElection::isPrimary;

  @Schedule(minute = "*", hour = "*", persistent = false, info = "batch-schedules")
  void tick() {
    if (!Boolean.parseBoolean(System.getProperty(ENABLED, "true")) || !primary.getAsBoolean()) {
      return;
    }
    try {
      for (BatchScheduleView due : schedules.claimDue()) {
        start(due);
      }
    } catch (RuntimeException e) {
      // A bad tick must not cancel the timer; the claims roll back and the next tick tries again.
      LOG.warning("scheduled batch jobs not started: " + e);
    }
  }

  private void start(BatchScheduleView due) {
    Optional<BatchJob> job = BatchJob.byJobName(due.jobName());
    if (job.isEmpty()) {
      // A schedule of a job this build no longer has: nothing to start.
      LOG.warning(() -> "schedule of unknown job " + due.jobName() + " ignored");
      return;
    }
    try {
      Properties checked = job.get().parameters(due.parameters());
      long executionId =
          new JobStarts(leases, schedules).start(job.get(), checked, true, clock.instant());
      schedules.started(due.jobName(), executionId);
      LOG.info(() -> "scheduled " + due.jobName() + " started, execution " + executionId);
    } catch (PlatformException refused) {
      // Running already, or parameters this build no longer takes: this start is skipped.
      LOG.info(() -> "scheduled " + due.jobName() + " not started: " + refused.getMessage());
    }
  }
}
