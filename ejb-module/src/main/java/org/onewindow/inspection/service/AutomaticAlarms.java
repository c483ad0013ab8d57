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
import org.onewindow.appcenter.domain.SubjectType;
import org.onewindow.appcenter.service.AppAlarmNoteService;
import org.onewindow.inspection.domain.AlarmCause;
import org.onewindow.inspection.domain.AlarmRule;
import org.onewindow.inspection.domain.AutomaticAlarm;
import org.onewindow.inspection.repository.AutomaticAlarmRepository;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;

/**
 * Raises and clears the platform's own alarms on apps (000 8.2.3 c 问题告警): an ALARM note written by
 * {@value #AUTHOR}, at most one open per app, subject and cause ({@link AlarmRule}); a failure
 * while it is open is only counted on it. A recovery archives the note with what the platform saw
 * (the note's outcome reads 「自动恢复：…」), which is how the console shows the alarm closed; a person
 * who wants to say what was done writes a troubleshooting note. Every raise and clear is audited.
 */
@Stateless
@PermitAll
public class AutomaticAlarms {

  /** Who the notes name as their author. */
  public static final String AUTHOR = "system:inspection";

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @EJB private AuditService audit;

  @EJB private AppAlarmNoteService notes;

  @Inject Clock clock;

  /**
   * Applies one failure or recovery of a subject to each app's alarm, in the caller's transaction.
   *
   * @param detail what was seen, e.g. 「接口 #12 全国线路查询：接口返回非 200 响应码：HTTP 500」
   */
  public void apply(
      List<Long> appIds,
      SubjectType subjectType,
      long subjectId,
      AlarmCause cause,
      boolean failing,
      String detail) {
    Instant now = clock.instant();
    for (long appId : appIds) {
      AutomaticAlarm open = open(appId, subjectType, subjectId, cause);
      AlarmRule.State state =
          open == null
              ? AlarmRule.State.NONE
              : !notes.isOpen(open.getNoteId())
                  ? AlarmRule.State.ARCHIVED_BY_PERSON
                  : AlarmRule.State.OPEN;
      switch (AlarmRule.decide(state, failing)) {
        case RAISE -> {
          if (open != null) {
            open.close(now);
            // Free the open key before the new alarm takes it: Hibernate inserts before updates.
            em.flush();
          }
          raise(appId, subjectType, subjectId, cause, detail, now);
        }
        case REPEAT -> open.repeated(now);
        case CLEAR -> {
          notes.archive(
              open.getNoteId(),
              "自动恢复：" + now + " 起恢复正常（" + detail + "）；此前异常 " + open.getOccurrences() + " 次",
              AUTHOR,
              now);
          open.close(now);
          audited("INSPECTION_ALARM_CLEARED", appId, cause, detail, now);
        }
        case FORGET -> open.close(now);
        case NONE -> {
          // Nothing open, nothing failing.
        }
      }
    }
  }

  /**
   * The same as {@link #apply} in a transaction of its own, for callers outside one (the gateway's
   * circuit alarms).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void applyAlone(
      List<Long> appIds,
      SubjectType subjectType,
      long subjectId,
      AlarmCause cause,
      boolean failing,
      String detail) {
    apply(appIds, subjectType, subjectId, cause, failing, detail);
    em.flush();
  }

  private void raise(
      long appId,
      SubjectType subjectType,
      long subjectId,
      AlarmCause cause,
      String detail,
      Instant now) {
    String text = "【" + cause.label() + "】" + detail + "（" + now + " 发现，平台自动告警）";
    OptionalLong note = notes.raise(appId, text, AUTHOR, now);
    if (note.isEmpty()) {
      return;
    }
    em.persist(AutomaticAlarm.raised(appId, subjectType, subjectId, cause, note.getAsLong(), now));
    audited("INSPECTION_ALARM_RAISED", appId, cause, detail, now);
  }

  private AutomaticAlarm open(long appId, SubjectType type, long subjectId, AlarmCause cause) {
    return new AutomaticAlarmRepository(em)
        .open(AutomaticAlarm.key(appId, type, subjectId, cause))
        .orElse(null);
  }

  private void audited(String type, long appId, AlarmCause cause, String detail, Instant now) {
    audit.recordInCallersTransaction(
        new AuditEvent(
            now,
            "platform",
            type,
            AUTHOR,
            "success",
            "应用 #" + appId + " " + cause.label() + "：" + detail));
  }
}
