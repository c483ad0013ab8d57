package org.onewindow.batch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.Roles;

/**
 * Starts the platform's batch jobs and reports their executions. Lives in this module so that
 * {@link JobOperator} resolves the job XML from this sub-deployment.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class BatchJobService {

  /** Starts a job now; returns its execution id. */
  public long start(BatchJob job) {
    return operator().start(job.jobName(), new Properties());
  }

  /**
   * One execution of a job on the list.
   *
   * @throws NotFoundException when there is no such execution, or it is of a job not listed
   */
  public JobExecutionView execution(long executionId) {
    JobExecution execution;
    try {
      execution = operator().getJobExecution(executionId);
    } catch (NoSuchJobExecutionException e) {
      throw NotFoundException.keyed("ops.job.executionNotFound", executionId);
    }
    if (BatchJob.byJobName(execution.getJobName()).isEmpty()) {
      throw NotFoundException.keyed("ops.job.executionNotFound", executionId);
    }
    return view(execution);
  }

  /** The latest {@code limit} executions of a job, newest first; empty if it never ran. */
  public List<JobExecutionView> recentExecutions(BatchJob job, int limit) {
    JobOperator operator = operator();
    List<JobInstance> instances;
    try {
      instances = operator.getJobInstances(job.jobName(), 0, limit);
    } catch (NoSuchJobException neverRan) {
      return List.of();
    }
    return instances.stream()
        .flatMap(instance -> operator.getJobExecutions(instance).stream())
        .sorted(Comparator.comparingLong(JobExecution::getExecutionId).reversed())
        .limit(limit)
        .map(BatchJobService::view)
        .toList();
  }

  private static JobExecutionView view(JobExecution execution) {
    return new JobExecutionView(
        execution.getExecutionId(),
        execution.getJobName(),
        execution.getBatchStatus().name(),
        execution.getExitStatus(),
        instant(execution.getStartTime()),
        instant(execution.getEndTime()));
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
