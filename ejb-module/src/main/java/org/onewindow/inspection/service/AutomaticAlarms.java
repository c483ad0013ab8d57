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
import java.util.List;
import java.util.OptionalLong;
import org.onewindow.appcenter.service.SubjectWatchService;
import org.onewindow.common.Messages;
import org.onewindow.inspection.domain.AlarmCause;
import org.onewindow.inspection.domain.AlarmRule;
import org.onewindow.inspection.domain.AutomaticAlarm;
import org.onewindow.inspection.repository.AutomaticAlarmRepository;
import org.onewindow.notice.Notices;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;
import org.onewindow.review.SubjectKind;

/**
 * Raises and clears the platform's own alarms on apps (000 8.2.3 c 问题告警): an ALARM note written by
 * {@value #AUTHOR} through the application centre's {@link SubjectWatchService}, at most one open
 * per app, subject and cause ({@link AlarmRule}); a failure while it is open is only counted on it.
 * A recovery archives the note with what the platform saw (the note's outcome reads 「自动恢复：…」),
 * which is how the console shows the alarm closed, and the app's registrant gets a recovery notice;
 * a person who wants to say what was done writes a troubleshooting note. Every raise and clear is
 * audited.
 */
@Stateless
@PermitAll
public class AutomaticAlarms {

  /** Who the notes name as their author. */
  public static final String AUTHOR = "system:inspection";

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @EJB private AuditService audit;

  @EJB private SubjectWatchService subjects;

  @Inject Clock clock;

  /**
   * Applies one failure or recovery of a subject to each app's alarm, in the caller's transaction;
   * every report counts (the gateway's circuits).
   *
   * @param detail what was seen, e.g. 「接口 #12 全国线路查询：接口返回非 200 响应码：HTTP 500」
   */
  public void apply(
      List<Long> appIds,
      SubjectKind subjectKind,
      long subjectId,
      AlarmCause cause,
      boolean failing,
      String detail) {
    apply(
        appIds,
        subjectKind,
        subjectId,
        cause,
        failing ? AlarmRule.Signal.FAILING : AlarmRule.Signal.RECOVERED,
        detail,
        detail);
  }

  /**
   * Applies what a subject's inspections say about one cause ({@link AlarmRule.Signal}, weighed by
   * the hysteresis) to each app's alarm, in the caller's transaction. A cleared alarm also posts a
   * recovery notice to whoever registered the app for its unit (我的消息).
   *
   * @param detail what was seen, e.g. 「接口 #12 全国线路查询：接口返回非 200 响应码：HTTP 500」
   * @param subjectLabel how the notice names the subject: 「接口 #12 全国线路查询」
   */
  public void apply(
      List<Long> appIds,
      SubjectKind subjectKind,
      long subjectId,
      AlarmCause cause,
      AlarmRule.Signal signal,
      String detail,
      String subjectLabel) {
    Instant now = clock.instant();
    for (long appId : appIds) {
      AutomaticAlarm open = open(appId, subjectKind, subjectId, cause);
      AlarmRule.State state =
          open == null
              ? AlarmRule.State.NONE
              : subjects.alarmOpen(open.getNoteId())
                  ? AlarmRule.State.OPEN
                  : AlarmRule.State.ARCHIVED_BY_PERSON;
      switch (AlarmRule.decide(state, signal)) {
        case RAISE -> {
          if (open != null) {
            open.close(now);
            // Free the open key before the new alarm takes it: Hibernate inserts before updates.
            em.flush();
          }
          raise(appId, subjectKind, subjectId, cause, detail, now);
        }
        case REPEAT -> open.repeated(now);
        case CLEAR -> {
          subjects.clearAlarm(
              open.getNoteId(),
              record("inspection.alarm.cleared", now.toString(), detail, open.getOccurrences()),
              AUTHOR,
              now);
          open.close(now);
          audited("INSPECTION_ALARM_CLEARED", appId, cause, detail, now);
          recoveryNotice(appId, cause, subjectLabel, now);
        }
        case FORGET -> open.close(now);
        case NONE -> {
          // Nothing to change.
        }
      }
    }
  }

  /** 「平台巡检：接口 #12 … 已恢复正常（接口响应慢）」 to the app's registrant, linking to the app. */
  private void recoveryNotice(long appId, AlarmCause cause, String subjectLabel, Instant now) {
    subjects
        .appRegistrant(appId)
        .ifPresent(
            recipient ->
                Notices.post(
                    em,
                    recipient,
                    "inspection.notice.recovered",
                    "app.xhtml?id=" + appId,
                    now,
                    subjectLabel,
                    cause.label(Messages.PLATFORM_LOCALE)));
  }

  /**
   * The same as {@link #apply} in a transaction of its own, for callers outside one (the gateway's
   * circuit alarms).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void applyAlone(
      List<Long> appIds,
      SubjectKind subjectKind,
      long subjectId,
      AlarmCause cause,
      boolean failing,
      String detail) {
    apply(appIds, subjectKind, subjectId, cause, failing, detail);
    em.flush();
  }

  private void raise(
      long appId,
      SubjectKind subjectKind,
      long subjectId,
      AlarmCause cause,
      String detail,
      Instant now) {
    String text = record("inspection.alarm.raised", cause, detail, now.toString());
    OptionalLong note = subjects.raiseAlarm(appId, text, AUTHOR, now);
    if (note.isEmpty()) {
      return;
    }
    em.persist(AutomaticAlarm.raised(appId, subjectKind, subjectId, cause, note.getAsLong(), now));
    audited("INSPECTION_ALARM_RAISED", appId, cause, detail, now);
  }

  private AutomaticAlarm open(long appId, SubjectKind type, long subjectId, AlarmCause cause) {
    return new AutomaticAlarmRepository(em)
        .open(AutomaticAlarm.key(appId, type, subjectId, cause))
        .orElse(null);
  }

  /** Notes and audit details are records: kept in the platform's language. */
  private static String record(String key, Object... arguments) {
    return Messages.text(key, Messages.PLATFORM_LOCALE, arguments);
  }

  private void audited(String type, long appId, AlarmCause cause, String detail, Instant now) {
    audit.recordInCallersTransaction(
        new AuditEvent(
            now,
            "platform",
            type,
            AUTHOR,
            "success",
            record("inspection.alarm.audit", appId, cause, detail)));
  }
}
