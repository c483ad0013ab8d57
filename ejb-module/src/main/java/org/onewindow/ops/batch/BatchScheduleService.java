package org.onewindow.ops.batch;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onewindow.common.Roles;

/**
 * The jobs' schedules (issue 19 item 5), kept here; which jobs exist and which parameters they take
 * is the batch module's {@code BatchJobService}'s to check before it calls {@link #change}. Each
 * node's timer asks for the due schedules only while it is the elected primary (ADR 0009); the
 * claim is a conditional update of the next start, so even two primaries during a network split
 * start each due run once.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class BatchScheduleService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @EJB private BatchScheduleRows rows;

  @Inject Clock clock;

  /** The schedules kept, by job name (jobs never scheduled have none). */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.API_CLIENT})
  public List<BatchScheduleView> all() {
    return em
        .createQuery("select s from BatchSchedule s order by s.jobName", BatchSchedule.class)
        .getResultList()
        .stream()
        .map(BatchSchedule::view)
        .toList();
  }

  /** One job's schedule, if it has a row. */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.API_CLIENT})
  public Optional<BatchScheduleView> of(String jobName) {
    return Optional.ofNullable(em.find(BatchSchedule.class, jobName)).map(BatchSchedule::view);
  }

  /**
   * Sets a job's schedule; the next start counts from now.
   *
   * @param parameters already checked against what the job declares
   */
  public BatchScheduleView change(
      String jobName, ScheduleTimes times, Map<String, String> parameters) {
    BatchSchedule schedule = row(jobName);
    schedule.change(times, parameters, session.getCallerPrincipal().getName(), now());
    return schedule.view();
  }

  /**
   * Locks the job's row until the caller's transaction ends (creating it, off, on a first start),
   * so that two starts or restarts of one job — from two administrators, a schedule, a recovery —
   * check "is it running?" one after the other and never both find it idle. Not a person's act: a
   * lock, called by the batch module inside its own checks.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void serializeStarts(String jobName) {
    if (em.find(BatchSchedule.class, jobName) == null) {
      try {
        rows.createOff(jobName);
      } catch (EJBException createdMeanwhile) {
        // Another first start inserted it between our look and our insert: lock theirs.
      }
    }
    if (em.find(BatchSchedule.class, jobName, LockModeType.PESSIMISTIC_WRITE) == null) {
      throw new IllegalStateException("no schedule row for job " + jobName + " to lock");
    }
  }

  /**
   * Claims the schedules due now, each moved on to its next start: the timer's, on the elected
   * primary only. A run refused because one is going on is not made up for: the next start comes at
   * its time.
   */
  @PermitAll
  public List<BatchScheduleView> claimDue() {
    Instant now = now();
    List<BatchScheduleView> claimed = new ArrayList<>();
    for (BatchSchedule schedule :
        em.createQuery(
                "select s from BatchSchedule s where s.enabled = true and s.nextDueAt <= :now",
                BatchSchedule.class)
            .setParameter("now", now)
            .getResultList()) {
      if (!schedule.due(now)) {
        continue;
      }
      int moved =
          em.createQuery(
                  "update BatchSchedule s set s.nextDueAt = :next where s.jobName = :job"
                      + " and s.nextDueAt = :seen")
              .setParameter("next", schedule.times().next(now, BatchSchedule.ZONE))
              .setParameter("job", schedule.jobName())
              .setParameter("seen", schedule.nextDueAt())
              .executeUpdate();
      if (moved == 1) {
        claimed.add(schedule.view());
      }
    }
    return claimed;
  }

  /** Notes the execution a schedule started. */
  @PermitAll
  public void started(String jobName, long executionId) {
    em.createQuery(
            "update BatchSchedule s set s.lastStartedAt = :now, s.lastExecutionId = :id"
                + " where s.jobName = :job")
        .setParameter("now", now())
        .setParameter("id", executionId)
        .setParameter("job", jobName)
        .executeUpdate();
  }

  private BatchSchedule row(String jobName) {
    serializeStarts(jobName);
    return em.find(BatchSchedule.class, jobName);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
