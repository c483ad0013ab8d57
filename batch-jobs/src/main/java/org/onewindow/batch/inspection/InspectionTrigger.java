package org.onewindow.batch.inspection;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.logging.Logger;
import org.onewindow.batch.BatchJob;
import org.onewindow.inspection.service.InspectionScheduleService;

/**
 * Starts the {@code interface-inspection} job every 5 minutes when an online subject is due (003
 * 6.7.3 b 生产环境下实现自动化巡检): the 30-minute cadence of a new service is kept to within 5 minutes.
 *
 * <p>A non-persistent timer on every node, not a cluster singleton: the claim on each subject's
 * schedule row ({@code InspectionSchedule}) already hands each due subject to exactly one node, so
 * several nodes starting the job at once share the work rather than repeat it, and a node that goes
 * down leaves the others inspecting. {@code -Donewindow.inspection.enabled=false} switches it off
 * (read at each tick); the integration tests do, and start the job themselves.
 */
@Singleton
@PermitAll
public class InspectionTrigger {

  static final String ENABLED = "onewindow.inspection.enabled";

  /** A run older than this still "started" in the repository is taken as lost with its node. */
  static final Duration STALE_RUN = Duration.ofMinutes(30);

  private static final Logger LOG = Logger.getLogger(InspectionTrigger.class.getName());

  @EJB private InspectionScheduleService schedules;

  @Schedule(minute = "*/5", hour = "*", persistent = false, info = "interface-inspection")
  void tick() {
    if (!Boolean.parseBoolean(System.getProperty(ENABLED, "true"))) {
      return;
    }
    try {
      if (!schedules.anythingDue() || running()) {
        return;
      }
      long id =
          BatchRuntime.getJobOperator()
              .start(BatchJob.INTERFACE_INSPECTION.jobName(), new Properties());
      LOG.fine(() -> "interface-inspection started, execution " + id);
    } catch (RuntimeException e) {
      // A bad tick must not cancel the timer; the next one tries again.
      LOG.warning("interface-inspection not started: " + e);
    }
  }

  /**
   * Whether a recent run of the job has not finished yet (on any node: the repository is shared).
   */
  private static boolean running() {
    JobOperator operator = BatchRuntime.getJobOperator();
    try {
      Instant recent = Instant.now().minus(STALE_RUN);
      for (long id : operator.getRunningExecutions(BatchJob.INTERFACE_INSPECTION.jobName())) {
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
