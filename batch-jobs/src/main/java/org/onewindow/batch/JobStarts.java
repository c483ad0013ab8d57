package org.onewindow.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import java.time.Instant;
import java.util.Properties;
import org.onewindow.common.StateConflictException;
import org.onewindow.ops.batch.BatchLeaseService;
import org.onewindow.ops.batch.BatchScheduleService;

/**
 * The one way a job is started or restarted — by an administrator, by a schedule — so that a job
 * never runs twice at once: the job's schedule row is locked for the caller's transaction, then no
 * run may be going on (in the job repository or under a lease not yet over, which a lost node's run
 * keeps until its recovery restarted it), then the execution's lease is taken at once, before the
 * batch runtime even picks it up: a node that crashes with the run still queued leaves a lease of
 * its incarnation, which the recovery finds.
 *
 * <p>Not an EJB: the callers are (a role-checked service, the schedule's timer) and hand over the
 * beans; called inside the caller's transaction.
 */
public final class JobStarts {

  private final BatchLeaseService leases;
  private final BatchScheduleService schedules;

  public JobStarts(BatchLeaseService leases, BatchScheduleService schedules) {
    this.leases = leases;
    this.schedules = schedules;
  }

  /**
   * Starts {@code job} with checked parameters.
   *
   * @param alone whether to refuse while a run goes on (a job's {@link BatchJob#oneAtATime}; a
   *     schedule always)
   * @throws StateConflictException while a run goes on
   */
  public long start(BatchJob job, Properties checked, boolean alone, Instant now) {
    schedules.serializeStarts(job.jobName());
    if (alone && running(job, now)) {
      throw StateConflictException.keyed("ops.job.alreadyRunning");
    }
    return operator().start(job.jobName(), checked);
  }

  /**
   * Restarts an execution the caller found restartable, unless a run of its job goes on.
   *
   * @throws StateConflictException while a run goes on
   */
  public long restart(BatchJob job, long executionId, Instant now) {
    schedules.serializeStarts(job.jobName());
    if (running(job, now)) {
      throw StateConflictException.keyed("ops.job.alreadyRunning");
    }
    return operator().restart(executionId, new Properties());
  }

  /** Whether a run of the job goes on anywhere, or waits for its recovery. */
  public boolean running(BatchJob job, Instant now) {
    return leases.unfinished(job.jobName()) || RunningExecutions.anyOf(job, now);
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
