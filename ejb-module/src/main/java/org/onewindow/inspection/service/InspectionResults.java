package org.onewindow.inspection.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.onewindow.common.Messages;
import org.onewindow.inspection.domain.AlarmCause;
import org.onewindow.inspection.domain.InspectionRecord;
import org.onewindow.inspection.domain.InspectionSchedule;
import org.onewindow.inspection.domain.InspectionVerdict;

/**
 * Keeps one inspection's outcome in one transaction: the record, the subject's next due time by the
 * cadence, and the automatic alarms it raises or clears — all or nothing.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class InspectionResults {

  /** The node's name, in the record, so operators can tell which node inspected. */
  static final String NODE = System.getProperty("jboss.node.name", "node");

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @EJB private AutomaticAlarms alarms;

  @Inject Clock clock;

  public InspectionRecordView keep(
      DueSubject subject, InspectionTarget target, InspectionVerdict verdict) {
    Instant now = clock.instant();
    InspectionRecord record =
        new InspectionRecord(target.subjectKind(), target.subjectId(), now, verdict, NODE);
    em.persist(record);
    InspectionSchedule schedule = em.find(InspectionSchedule.class, subject.scheduleId());
    if (schedule != null) {
      schedule.inspected(now);
    }
    AlarmCause cause = target.page() ? AlarmCause.PAGE_INSPECTION : AlarmCause.INTERFACE_INSPECTION;
    alarms.apply(
        target.boundApps(),
        target.subjectKind(),
        target.subjectId(),
        cause,
        verdict.failed(),
        Messages.text(
            "inspection.alarm.detail", Messages.PLATFORM_LOCALE, target.label(), verdict.reason()));
    em.flush();
    return InspectionRecordView.of(record);
  }
}
