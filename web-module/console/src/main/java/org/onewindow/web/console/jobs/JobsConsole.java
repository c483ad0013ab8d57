package org.onewindow.web.console.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onewindow.batch.BatchJob;
import org.onewindow.batch.BatchJobService;
import org.onewindow.batch.JobExecutionView;
import org.onewindow.batch.StepView;
import org.onewindow.common.PageRequest;
import org.onewindow.common.PlatformException;
import org.onewindow.common.ResultPage;
import org.onewindow.ops.batch.BatchRejectionView;
import org.onewindow.ops.batch.BatchScheduleView;
import org.onewindow.web.console.ConsoleTexts;
import org.onewindow.web.console.shell.PagedTable;

/**
 * The jobs page (issue 19 item 5): every job with its start form and schedule; the history with its
 * filters; the run chosen (or just started) with its status, progress bar (polled while it runs),
 * steps' counts and rejected records, and its stop, restart and abandon. Maps only: every rule is
 * {@link BatchJobService}'s.
 */
@Named
@ViewScoped
public class JobsConsole implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The dates of the history's filter are China's days. */
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(CHINA);

  @EJB private BatchJobService jobs;

  private final List<JobRow> rows = new ArrayList<>();

  /** Per job, per declared parameter, the value typed (blank: the job's default). */
  private final Map<String, Map<String, String>> parameters = new LinkedHashMap<>();

  private String filterJob = "";
  private String filterStatus = "";
  private LocalDate filterFrom;
  private LocalDate filterTo;

  private Long selected;
  private JobExecutionView execution;
  private List<StepView> steps = List.of();

  private final PagedTable<JobExecutionView> executions =
      new PagedTable<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected long countRows() {
          return history(PageRequest.first(1)).total();
        }

        @Override
        protected ResultPage<JobExecutionView> fetch(PageRequest page) {
          return history(page);
        }

        @Override
        protected String keyOf(JobExecutionView row) {
          return Long.toString(row.executionId());
        }
      };

  private final PagedTable<BatchRejectionView> rejections =
      new PagedTable<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected long countRows() {
          return selected == null
              ? 0
              : jobs.rejections(selected, PageRequest.first(1), language()).total();
        }

        @Override
        protected ResultPage<BatchRejectionView> fetch(PageRequest page) {
          return selected == null
              ? new ResultPage<>(List.of(), 0)
              : jobs.rejections(selected, page, language());
        }

        @Override
        protected String keyOf(BatchRejectionView row) {
          return Long.toString(row.id());
        }
      };

  @PostConstruct
  void load() {
    Map<String, BatchScheduleView> schedules = new LinkedHashMap<>();
    jobs.schedules().forEach(schedule -> schedules.put(schedule.jobName(), schedule));
    for (BatchJob job : BatchJob.values()) {
      Map<String, String> ranges = new LinkedHashMap<>();
      job.parameterNames().forEach(name -> ranges.put(name, job.parameterRange(name)));
      JobRow row = new JobRow(job.jobName(), job.parameterNames(), ranges);
      BatchScheduleView schedule = schedules.get(job.jobName());
      Map<String, String> values = new LinkedHashMap<>();
      job.parameterNames().forEach(name -> values.put(name, ""));
      if (schedule != null) {
        row.setScheduled(schedule.enabled());
        row.setEveryMinutes(schedule.everyMinutes());
        row.setDailyAt(schedule.dailyAt());
        row.setNextDueAt(shown(schedule.nextDueAt()));
        schedule.parameters().forEach((name, value) -> values.replace(name, value));
      }
      parameters.put(job.jobName(), values);
      rows.add(row);
    }
  }

  /** Starts a job with the parameters typed in its row, and shows the new run. */
  public void start(String jobName) {
    try {
      long id = jobs.start(job(jobName), typed(jobName));
      select(id);
      info(ConsoleTexts.text(language(), "jobs.started"), "#" + id);
    } catch (PlatformException refused) {
      refuse(refused);
    }
  }

  /** Saves a job's schedule with the parameters typed in its row. */
  public void saveSchedule(String jobName) {
    JobRow row =
        rows.stream().filter(r -> r.getJobName().equals(jobName)).findFirst().orElseThrow();
    try {
      BatchScheduleView saved =
          jobs.schedule(
              job(jobName),
              row.isScheduled(),
              row.getEveryMinutes(),
              row.getDailyAt(),
              typed(jobName));
      row.setNextDueAt(shown(saved.nextDueAt()));
      info(ConsoleTexts.text(language(), "jobs.scheduleSaved"), jobName);
    } catch (PlatformException refused) {
      refuse(refused);
    }
  }

  /** Shows one run. */
  public void select(long executionId) {
    selected = executionId;
    refresh();
    PagedTable.toFirstPage("rejection-table");
  }

  /** Reads the run shown again (the poll, every two seconds while it runs). */
  public void refresh() {
    if (selected == null) {
      return;
    }
    try {
      execution = jobs.execution(selected);
      steps = jobs.steps(selected);
    } catch (PlatformException refused) {
      selected = null;
      execution = null;
      steps = List.of();
      refuse(refused);
    }
  }

  public void stop() {
    if (selected == null) {
      return;
    }
    try {
      jobs.stop(selected);
      refresh();
      info(ConsoleTexts.text(language(), "jobs.stopAsked"), "#" + selected);
    } catch (PlatformException refused) {
      refuse(refused);
    }
  }

  public void restart() {
    if (selected == null) {
      return;
    }
    try {
      long id = jobs.restart(selected);
      select(id);
      info(ConsoleTexts.text(language(), "jobs.restarted"), "#" + id);
    } catch (PlatformException refused) {
      refuse(refused);
    }
  }

  /**
   * Gives the run shown up for good (after the page's confirmation): it is never restarted. The
   * service holds the rule (only a failed or stopped run) and audits it.
   */
  public void abandon() {
    if (selected == null) {
      return;
    }
    try {
      jobs.abandon(selected);
      refresh();
      PagedTable.toFirstPage("execution-table");
      info(ConsoleTexts.text(language(), "jobs.abandoned"), "#" + selected);
    } catch (PlatformException refused) {
      refuse(refused);
    }
  }

  /** The history's filters apply from the next load of its table, from its first page. */
  public void filter() {
    PagedTable.toFirstPage("execution-table");
  }

  private ResultPage<JobExecutionView> history(PageRequest page) {
    BatchJob job = filterJob.isBlank() ? null : BatchJob.byJobName(filterJob).orElse(null);
    Instant from = filterFrom == null ? null : filterFrom.atStartOfDay(CHINA).toInstant();
    Instant to = filterTo == null ? null : filterTo.plusDays(1).atStartOfDay(CHINA).toInstant();
    return jobs.history(job, filterStatus.isBlank() ? null : filterStatus, from, to, page);
  }

  private Map<String, String> typed(String jobName) {
    Map<String, String> given = new LinkedHashMap<>();
    parameters
        .getOrDefault(jobName, Map.of())
        .forEach(
            (name, value) -> {
              if (value != null && !value.isBlank()) {
                given.put(name, value.strip());
              }
            });
    return given;
  }

  private static BatchJob job(String jobName) {
    return BatchJob.byJobName(jobName).orElseThrow();
  }

  private static String shown(Instant instant) {
    return instant == null ? "" : SHOWN.format(instant);
  }

  private static void info(String text, String detail) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, detail));
  }

  private void refuse(PlatformException refused) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_WARN, refused.message(language()), null));
  }

  private static Locale language() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public List<JobRow> getRows() {
    return rows;
  }

  public Map<String, Map<String, String>> getParameters() {
    return parameters;
  }

  public PagedTable<JobExecutionView> getExecutions() {
    return executions;
  }

  public PagedTable<BatchRejectionView> getRejections() {
    return rejections;
  }

  public JobExecutionView getExecution() {
    return execution;
  }

  public List<StepView> getSteps() {
    return steps;
  }

  /** Whether the run shown has not ended: the poll runs, stop is offered. */
  public boolean isRunning() {
    return execution != null
        && List.of("STARTING", "STARTED", "STOPPING").contains(execution.status());
  }

  /** Whether the run shown may be restarted (the service decides; this only offers the button). */
  public boolean isRestartable() {
    return execution != null && List.of("FAILED", "STOPPED").contains(execution.status());
  }

  /**
   * Whether the run shown may be abandoned: failed or stopped, as for a restart (the service
   * decides; this only offers the button).
   */
  public boolean isAbandonable() {
    return isRestartable();
  }

  /** The progress bar's value: 0 while unknown. */
  public int getPercent() {
    return execution == null || execution.percent() == null ? 0 : execution.percent();
  }

  /** The progress as text: {@code 42%}, or empty while unknown. */
  public String getPercentText() {
    return execution == null || execution.percent() == null ? "" : execution.percent() + "%";
  }

  public String time(Instant instant) {
    return shown(instant);
  }

  public List<String> getStatuses() {
    return List.of(
        "STARTING", "STARTED", "STOPPING", "STOPPED", "FAILED", "COMPLETED", "ABANDONED");
  }

  public String getFilterJob() {
    return filterJob;
  }

  public void setFilterJob(String filterJob) {
    this.filterJob = filterJob == null ? "" : filterJob;
  }

  public String getFilterStatus() {
    return filterStatus;
  }

  public void setFilterStatus(String filterStatus) {
    this.filterStatus = filterStatus == null ? "" : filterStatus;
  }

  public LocalDate getFilterFrom() {
    return filterFrom;
  }

  public void setFilterFrom(LocalDate filterFrom) {
    this.filterFrom = filterFrom;
  }

  public LocalDate getFilterTo() {
    return filterTo;
  }

  public void setFilterTo(LocalDate filterTo) {
    this.filterTo = filterTo;
  }
}
