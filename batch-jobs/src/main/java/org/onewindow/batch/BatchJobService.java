package org.onewindow.batch;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.PageRequest;
import org.onewindow.common.ResultPage;
import org.onewindow.common.Roles;
import org.onewindow.common.StateConflictException;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;
import org.onewindow.ops.batch.BatchHistoryService;
import org.onewindow.ops.batch.BatchLeaseService;
import org.onewindow.ops.batch.BatchLeaseView;
import org.onewindow.ops.batch.BatchProgressService;
import org.onewindow.ops.batch.BatchRejectionService;
import org.onewindow.ops.batch.BatchRejectionView;
import org.onewindow.ops.batch.BatchScheduleService;
import org.onewindow.ops.batch.BatchScheduleView;
import org.onewindow.ops.batch.ScheduleTimes;

/**
 * The platform's batch jobs for platform administrators (issue 19 item 5): start, stop, restart and
 * abandon, the history with its filters, each run's steps with their counts and progress, the
 * records a run rejected, and the jobs' schedules; reading is also the API's service account's, for
 * the operators' monitoring. Lives in this module so that {@link JobOperator} resolves the job XML
 * from this sub-deployment. Only the jobs of {@link BatchJob} exist here: an execution of any other
 * job is "not found".
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class BatchJobService {

  @EJB private BatchLeaseService leases;

  @EJB private BatchScheduleService schedules;

  @EJB private BatchHistoryService history;

  @EJB private BatchProgressService progress;

  @EJB private BatchRejectionService rejections;

  @EJB private AuditService audit;

  @Resource private SessionContext session;

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
    long executionId = starts().start(job, checked, job.oneAtATime(), clock.instant());
    audited("BATCH_JOB_STARTED", "job=" + job.jobName() + " execution=" + executionId);
    return executionId;
  }

  /**
   * Asks a running execution to stop (after its current chunk; a batchlet when it looks).
   *
   * @throws StateConflictException when it is not running
   */
  public JobExecutionView stop(long executionId) {
    JobExecution execution = listed(executionId);
    ExecutionRules.stoppable(execution.getBatchStatus());
    operator().stop(executionId);
    audited("BATCH_JOB_STOPPED", "job=" + execution.getJobName() + " execution=" + executionId);
    return execution(executionId);
  }

  /**
   * Restarts a failed or stopped execution from its last checkpoint, with its parameters; returns
   * the new execution's id.
   *
   * @throws StateConflictException for an execution neither failed nor stopped, one continued
   *     already, or while a run of its job goes on anywhere (ADR 0011: never twice at once)
   */
  public long restart(long executionId) {
    JobExecution execution = listed(executionId);
    BatchJob job = BatchJob.byJobName(execution.getJobName()).orElseThrow();
    JobOperator operator = operator();
    JobInstance instance = operator.getJobInstance(executionId);
    long latest =
        operator.getJobExecutions(instance).stream()
            .mapToLong(JobExecution::getExecutionId)
            .max()
            .orElse(executionId);
    ExecutionRules.restartable(execution.getBatchStatus(), executionId, latest);
    long restarted = starts().restart(job, executionId, clock.instant());
    audited(
        "BATCH_JOB_RESTARTED",
        "job=" + job.jobName() + " execution=" + executionId + " as=" + restarted);
    return restarted;
  }

  /**
   * Gives up a failed or stopped execution for good: it can no longer be restarted.
   *
   * @throws StateConflictException for one running or completed
   */
  public JobExecutionView abandon(long executionId) {
    JobExecution execution = listed(executionId);
    ExecutionRules.abandonable(execution.getBatchStatus());
    operator().abandon(executionId);
    audited("BATCH_JOB_ABANDONED", "job=" + execution.getJobName() + " execution=" + executionId);
    return execution(executionId);
  }

  /**
   * One execution of a job on the list.
   *
   * @throws NotFoundException when there is no such execution, or it is of a job not listed
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.API_CLIENT})
  public JobExecutionView execution(long executionId) {
    JobExecution execution = listed(executionId);
    return view(execution, stepsOf(execution));
  }

  /** The steps of an execution with their counts and progress, in the order they ran. */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.API_CLIENT})
  public List<StepView> steps(long executionId) {
    return stepsOf(listed(executionId));
  }

  /**
   * The records an execution rejected, newest first, with their reasons read in {@code language}
   * (the caller's: the API's {@code Accept-Language}, the console's switch).
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.API_CLIENT})
  public ResultPage<BatchRejectionView> rejections(
      long executionId, PageRequest page, Locale language) {
    listed(executionId);
    return rejections.rejections(executionId, page, language);
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
        .map(execution -> view(execution, stepsOf(execution)))
        .toList();
  }

  /**
   * The executions of the listed jobs, newest first, a page at a time.
   *
   * @param job a job of the list, or null for all
   * @param status a batch status ({@code STARTED}, {@code FAILED} …), or null for any
   * @param from created at or after (null: no bound)
   * @param to created before (null: no bound)
   * @throws InvalidInputException for a status that is none, or a window that ends before it begins
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.API_CLIENT})
  public ResultPage<JobExecutionView> history(
      BatchJob job, String status, Instant from, Instant to, PageRequest page) {
    String checkedStatus = status(status);
    if (from != null && to != null && !from.isBefore(to)) {
      throw InvalidInputException.keyed("from", "ops.job.window");
    }
    List<String> jobNames =
        job == null
            ? Arrays.stream(BatchJob.values()).map(BatchJob::jobName).toList()
            : List.of(job.jobName());
    ResultPage<Long> ids = history.executions(jobNames, checkedStatus, from, to, page);
    return ids.map(this::execution);
  }

  /** Every job with its schedule (off for a job nobody scheduled). */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.API_CLIENT})
  public List<BatchScheduleView> schedules() {
    Map<String, BatchScheduleView> kept = new LinkedHashMap<>();
    schedules.all().forEach(schedule -> kept.put(schedule.jobName(), schedule));
    return Arrays.stream(BatchJob.values())
        .map(job -> kept.getOrDefault(job.jobName(), BatchScheduleView.off(job.jobName())))
        .toList();
  }

  /**
   * Sets when a job starts by itself and with which parameters.
   *
   * @throws InvalidInputException for parameters the job does not take, or times that are none
   */
  public BatchScheduleView schedule(
      BatchJob job,
      boolean enabled,
      Integer everyMinutes,
      String dailyAt,
      Map<String, String> parameters) {
    Properties checked = job.parameters(parameters);
    ScheduleTimes times = ScheduleTimes.of(enabled, everyMinutes, dailyAt);
    Map<String, String> kept = new LinkedHashMap<>();
    checked.stringPropertyNames().stream()
        .sorted()
        .forEach(n -> kept.put(n, checked.getProperty(n)));
    BatchScheduleView saved = schedules.change(job.jobName(), times, kept);
    audited(
        "BATCH_JOB_SCHEDULED",
        "job="
            + job.jobName()
            + " enabled="
            + saved.enabled()
            + " everyMinutes="
            + saved.everyMinutes()
            + " dailyAt="
            + saved.dailyAt());
    return saved;
  }

  /** An administrator's act on the jobs, for the audit trail (GB/T 22239 8.1.4.3). */
  private void audited(String type, String detail) {
    audit.record(
        AuditEvent.platformSuccess(
            clock.instant(), type, session.getCallerPrincipal().getName(), detail));
  }

  private JobStarts starts() {
    return new JobStarts(leases, schedules);
  }

  private static String status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return BatchStatus.valueOf(status.strip()).name();
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.keyed("status", "ops.job.status");
    }
  }

  /** The execution, if it exists and is of a listed job. */
  private static JobExecution listed(long executionId) {
    JobExecution execution;
    try {
      execution = operator().getJobExecution(executionId);
    } catch (NoSuchJobExecutionException e) {
      throw NotFoundException.keyed("ops.job.executionNotFound", executionId);
    }
    if (execution == null || BatchJob.byJobName(execution.getJobName()).isEmpty()) {
      throw NotFoundException.keyed("ops.job.executionNotFound", executionId);
    }
    return execution;
  }

  private List<StepView> stepsOf(JobExecution execution) {
    return operator().getStepExecutions(execution.getExecutionId()).stream()
        .sorted(Comparator.comparingLong(StepExecution::getStepExecutionId))
        .map(step -> step(execution.getExecutionId(), step))
        .toList();
  }

  private StepView step(long executionId, StepExecution step) {
    Map<Metric.MetricType, Long> metrics = new LinkedHashMap<>();
    if (step.getMetrics() != null) {
      for (Metric metric : step.getMetrics()) {
        metrics.merge(metric.getType(), metric.getValue(), Long::sum);
      }
    }
    long read = metrics.getOrDefault(Metric.MetricType.READ_COUNT, 0L);
    long readSkips = metrics.getOrDefault(Metric.MetricType.READ_SKIP_COUNT, 0L);
    long processSkips = metrics.getOrDefault(Metric.MetricType.PROCESS_SKIP_COUNT, 0L);
    long writeSkips = metrics.getOrDefault(Metric.MetricType.WRITE_SKIP_COUNT, 0L);
    String status = step.getBatchStatus() == null ? null : step.getBatchStatus().name();
    OptionalLong said = progress.expected(executionId, step.getStepName());
    Long expected = said.isPresent() ? said.getAsLong() : null;
    return new StepView(
        step.getStepExecutionId(),
        step.getStepName(),
        status,
        step.getExitStatus(),
        instant(step.getStartTime()),
        instant(step.getEndTime()),
        read,
        metrics.getOrDefault(Metric.MetricType.WRITE_COUNT, 0L),
        metrics.getOrDefault(Metric.MetricType.FILTER_COUNT, 0L),
        readSkips + processSkips + writeSkips,
        readSkips,
        processSkips,
        writeSkips,
        metrics.getOrDefault(Metric.MetricType.ROLLBACK_COUNT, 0L),
        metrics.getOrDefault(Metric.MetricType.COMMIT_COUNT, 0L),
        expected,
        Progress.ofStep(status, expected, read));
  }

  /** The execution with its lease, its steps' counts and its progress. */
  private JobExecutionView view(JobExecution execution, List<StepView> steps) {
    Optional<BatchLeaseView> lease = leases.lease(execution.getExecutionId());
    String status = execution.getBatchStatus().name();
    return new JobExecutionView(
        execution.getExecutionId(),
        execution.getJobName(),
        status,
        execution.getExitStatus(),
        instant(execution.getStartTime()),
        instant(execution.getEndTime()),
        lease.map(BatchLeaseView::node).orElse(null),
        lease.map(held -> held.state().name()).orElse(null),
        lease.map(BatchLeaseView::restartedAs).orElse(null),
        steps.stream().mapToLong(StepView::read).sum(),
        steps.stream().mapToLong(StepView::written).sum(),
        steps.stream().mapToLong(StepView::commits).sum(),
        Progress.ofExecution(status, steps));
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
