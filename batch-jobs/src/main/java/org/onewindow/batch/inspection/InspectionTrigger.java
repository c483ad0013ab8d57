package org.onewindow.batch.inspection;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.time.Instant;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import org.onewindow.batch.BatchJob;
import org.onewindow.batch.RunningExecutions;
import org.onewindow.inspection.service.InspectionScheduleService;
import org.onewindow.ops.cluster.SchedulerElection;

/**
 * Starts the {@code interface-inspection} job every 5 minutes when an online subject is due (003
 * 6.7.3 b 生产环境下实现自动化巡检): the 30-minute cadence of a new service is kept to within 5 minutes.
 *
 * <p>The timer is non-persistent and fires on every node, but only the node WildFly's singleton
 * policy elected ({@link SchedulerElection}, ADR 0009) starts the job; on the others the tick
 * returns at once. When the primary dies or leaves, the policy elects another member, whose next
 * tick starts the job: the schedule moves with the election, within one tick. A node alone is its
 * own primary. The claim on each subject's schedule row ({@code InspectionSchedule}) stays as the
 * second guard: while a network split lasts each side elects its own primary, and until the merge
 * leaves one of them, each due subject still goes to exactly one node.
 *
 * <p>{@code -Donewindow.inspection.enabled=false} switches it off on a node (read at each tick);
 * the integration tests do, and start the job themselves.
 */
@Singleton
@PermitAll
public class InspectionTrigger {

  static final String ENABLED = "onewindow.inspection.enabled";

  private static final Logger LOG = Logger.getLogger(InspectionTrigger.class.getName());

  @EJB private InspectionScheduleService schedules;

  /** Whether this node is the elected one now; a seam for the unit tests. */
  BooleanSupplier primary = SchedulerElection::isPrimary;

  @Schedule(minute = "*/5", hour = "*", persistent = false, info = "interface-inspection")
  void tick() {
    if (!Boolean.parseBoolean(System.getProperty(ENABLED, "true")) || !primary.getAsBoolean()) {
      return;
    }
    try {
      if (!schedules.anythingDue()
          || RunningExecutions.anyOf(BatchJob.INTERFACE_INSPECTION, Instant.now())) {
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
}
