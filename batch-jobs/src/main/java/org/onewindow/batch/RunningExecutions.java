package org.onewindow.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Whether a job has a run going on, on any node (the repository is shared): what the schedules ask
 * before starting one, so a job never runs twice at once. A node lost while running a job has its
 * execution marked failed by a survivor within a minute (ADR 0011); an execution older than {@link
 * #STALE_RUN} still shown as started (left by a build from before the leases) is not counted.
 */
public final class RunningExecutions {

  /** A run older than this still "started" in the repository is taken as lost with its node. */
  static final Duration STALE_RUN = Duration.ofMinutes(30);

  private RunningExecutions() {}

  /** Whether a recent run of {@code job} has not finished yet. */
  public static boolean anyOf(BatchJob job, Instant now) {
    JobOperator operator = BatchRuntime.getJobOperator();
    try {
      Instant recent = now.minus(STALE_RUN);
      for (long id : operator.getRunningExecutions(job.jobName())) {
        JobExecution execution = operator.getJobExecution(id);
        Date started =
            execution.getStartTime() == null ? execution.getCreateTime() : execution.getStartTime();
        if (started == null || started.toInstant().isAfter(recent)) {
          return true;
        }
      }
      return false;
    } catch (NoSuchJobException neverRan) {
      return false;
    }
  }
}
