package org.onewindow.batch.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import org.onewindow.batch.BatchJob;
import org.onewindow.batch.JobStarts;
import org.onewindow.ops.batch.BatchLeaseService;
import org.onewindow.ops.batch.BatchScheduleService;
import org.onewindow.ops.cluster.SchedulerElection;

/**
 * Verifies the audit chain every hour (002 6.7), on the node the singleton policy elected (ADR
 * 0009), unless a run is going on: each run checks only what was appended since the last, so the
 * hourly run stays short however long the trail grows.
 *
 * <p>{@code -Donewindow.audit-verification.enabled=false} switches it off on a node (read at each
 * tick); the integration tests do, and start the job themselves.
 */
@Singleton
@PermitAll
public class AuditVerificationTrigger {

  static final String ENABLED = "onewindow.audit-verification.enabled";

  private static final Logger LOG = Logger.getLogger(AuditVerificationTrigger.class.getName());

  @EJB private BatchLeaseService leases;

  @EJB private BatchScheduleService schedules;

  @Inject Clock clock;

  /** Whether this node is the elected one now. */
  BooleanSupplier primary = SchedulerElection::isPrimary;

  @Schedule(minute = "17", hour = "*", persistent = false, info = "audit-chain-verification")
  void tick() {
    if (!Boolean.parseBoolean(System.getProperty(ENABLED, "true")) || !primary.getAsBoolean()) {
      return;
    }
    try {
      JobStarts starts = new JobStarts(leases, schedules);
      if (!starts.running(BatchJob.AUDIT_CHAIN_VERIFICATION, clock.instant())) {
        starts.start(BatchJob.AUDIT_CHAIN_VERIFICATION, new Properties(), true, clock.instant());
      }
    } catch (RuntimeException e) {
      // A bad tick must not cancel the timer; the next hour tries again.
      LOG.warning("audit-chain-verification not started: " + e);
    }
  }
}
