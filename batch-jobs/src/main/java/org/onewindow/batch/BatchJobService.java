package org.onewindow.batch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.Roles;
import org.onewindow.common.StateConflictException;
import org.onewindow.ops.batch.BatchLeaseService;
import org.onewindow.ops.batch.BatchLeaseView;

/**
 * Starts the platform's batch jobs (platform administrators) and reports their executions (also to
 * the API's service account, for the operators' monitoring). Lives in this module so that {@link
 * JobOperator} resolves the job XML from this sub-deployment.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class BatchJobService {

  @EJB private BatchLeaseService leases;

  @Inject Clock clock;

  /** Starts a job now; returns its execution id. */
  public long start(BatchJob job) {
    return start(job, Map.of());
  }

  /**
   * Starts a job now with parameters it declares; returns its execution id.
   *
   * @throws org.onewindow.common.InvalidInputException for a parameter the job does not take or a
   *     value out of its bounds
   * @throws StateConflictException while a run of a one-at-a-time job goes on anywhere
   */
  public long start(BatchJob job, Map<String, String> parameters) {
    Properties checked = job.parameters(parameters);
    if (job.oneAtATime() && RunningExecutions.anyOf(job, clock.instant())) {
      throw StateConflictException.keyed("ops.job.alreadyRunning");
    }
    return operator().start(job.jobName(), checked);
  }

  /**
   * One execution of a job on the list.
   *
   * @throws NotFoundException when there is no such execution, or it is of a job not listed
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.API_CLIENT})
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
    return view(execution, operator().getStepExecutions(executionId));
  }

  /** The latest {@code limit} executions of a job, newest first; empty if it never ran. */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.API_CLIENT})
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
        .map(execution -> view(execution, operator.getStepExecutions(execution.getExecutionId())))
        .toList();
  }

  /** The execution with its lease and, where given, its steps' counts. */
  private JobExecutionView view(JobExecution execution, List<StepExecution> steps) {
    Optional<BatchLeaseView> lease = leases.lease(execution.getExecutionId());
    return new JobExecutionView(
        execution.getExecutionId(),
        execution.getJobName(),
        execution.getBatchStatus().name(),
        execution.getExitStatus(),
        instant(execution.getStartTime()),
        instant(execution.getEndTime()),
        lease.map(BatchLeaseView::node).orElse(null),
        lease.map(held -> held.state().name()).orElse(null),
        lease.map(BatchLeaseView::restartedAs).orElse(null),
        total(steps, Metric.MetricType.READ_COUNT),
        total(steps, Metric.MetricType.WRITE_COUNT),
        total(steps, Metric.MetricType.COMMIT_COUNT));
  }

  private static long total(List<StepExecution> steps, Metric.MetricType type) {
    long sum = 0;
    for (StepExecution step : steps) {
      for (Metric metric : step.getMetrics()) {
        if (metric.getType() == type) {
          sum += metric.getValue();
        }
      }
    }
    return sum;
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
