package org.onewindow.inspection.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.onewindow.common.Messages;
import org.onewindow.files.FileStore;
import org.onewindow.inspection.domain.AlarmCause;
import org.onewindow.inspection.domain.AlarmHysteresis;
import org.onewindow.inspection.domain.AlarmRule;
import org.onewindow.inspection.domain.InspectionHealth;
import org.onewindow.inspection.domain.InspectionRecord;
import org.onewindow.inspection.domain.InspectionSchedule;
import org.onewindow.inspection.domain.InspectionVerdict;
import org.onewindow.inspection.repository.AutomaticAlarmRepository;
import org.onewindow.inspection.repository.InspectionRecordRepository;
import org.onewindow.inspection.repository.InspectionScheduleRepository;

/**
 * Keeps inspections' outcomes, a batch in one transaction: for each, the record, the subject's next
 * due time by the cadence and its health streak, and the automatic alarms the streak raises or
 * clears (000 8.2.3 c; 000 9.4.3 c) — all or nothing. The caller keeps a batch that fails one by
 * one, so one bad subject costs its batch a retry, not its records.
 *
 * <p>The alarms' hysteresis ({@link AlarmHysteresis}) is read from {@value #RAISE_AFTER} and
 * {@value #CLEAR_AFTER} (1 … 10, default 1 and 1), at each batch.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class InspectionResults {

  /** Consecutive bad inspections of one kind that raise its alarm. */
  public static final String RAISE_AFTER = "onewindow.inspection.alarm.raiseAfter";

  /** Consecutive good inspections that clear a subject's alarms. */
  public static final String CLEAR_AFTER = "onewindow.inspection.alarm.clearAfter";

  /** Screenshots kept per page: as many as the console shows records. */
  static final int SCREENSHOTS_KEPT = 20;

  /** The node's name, in the record, so operators can tell which node inspected. */
  static final String NODE = System.getProperty("jboss.node.name", "node");

  private static final Logger LOG = Logger.getLogger(InspectionResults.class.getName());

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @EJB private AutomaticAlarms alarms;

  @Inject Clock clock;

  /** Keeps one inspection. */
  public InspectionRecordView keep(JudgedInspection judged) {
    return keepAll(List.of(judged)).get(0);
  }

  /** Keeps a batch of inspections, in their order. */
  public List<InspectionRecordView> keepAll(List<JudgedInspection> batch) {
    Instant now = clock.instant();
    AlarmHysteresis hysteresis = hysteresis();
    Map<Long, InspectionSchedule> schedules =
        new InspectionScheduleRepository(em)
            .byIds(batch.stream().map(j -> j.subject().scheduleId()).toList());
    List<InspectionRecord> records = new ArrayList<>(batch.size());
    for (JudgedInspection judged : batch) {
      records.add(keep(judged, schedules.get(judged.subject().scheduleId()), hysteresis, now));
    }
    em.flush();
    List<String> dropped = new ArrayList<>();
    for (JudgedInspection judged : batch) {
      if (judged.screenshot() != null) {
        dropped.addAll(olderScreenshots(judged.target()));
      }
    }
    em.flush();
    deleteQuietly(dropped);
    return records.stream().map(InspectionRecordView::of).toList();
  }

  /**
   * Keeps a page's newest {@value #SCREENSHOTS_KEPT} screenshots (as many records as the console
   * shows): the older records let go of theirs, whose files are deleted.
   */
  private List<String> olderScreenshots(InspectionTarget target) {
    return new InspectionRecordRepository(em)
        .screenshotsBeyond(target.subjectKind(), target.subjectId(), SCREENSHOTS_KEPT).stream()
            .map(InspectionRecord::forgetScreenshot)
            .toList();
  }

  /**
   * Deletes screenshots no record points to any more. Before the commit: should it roll back, a
   * record keeps a name whose file is gone, which reads as "no screenshot" (404), never as another
   * file; a file left behind has a random name nothing points to.
   */
  private void deleteQuietly(List<String> names) {
    if (names.isEmpty()) {
      return;
    }
    FileStore store = InspectionFileStores.store(clock);
    for (String name : names) {
      try {
        store.delete(name);
      } catch (IOException | RuntimeException e) {
        LOG.fine(() -> "screenshot " + name + " not deleted: " + e);
      }
    }
  }

  private InspectionRecord keep(
      JudgedInspection judged,
      InspectionSchedule schedule,
      AlarmHysteresis hysteresis,
      Instant now) {
    InspectionTarget target = judged.target();
    InspectionVerdict verdict = judged.verdict();
    if (!target.page()) {
      // 接口响应慢 (000 9.4.3 c): judged against the interface's own threshold.
      verdict =
          verdict.weighedAgainst(
              schedule == null
                  ? InspectionSchedule.DEFAULT_SLOW_THRESHOLD_MILLIS
                  : schedule.slowThresholdMillis());
    }
    InspectionHealth health = InspectionHealth.of(verdict, judged.timedOut());
    InspectionRecord record =
        new InspectionRecord(target.subjectKind(), target.subjectId(), now, verdict, NODE);
    if (judged.render() != null) {
      record.rendered(judged.render(), judged.screenshot());
    }
    em.persist(record);
    AlarmHysteresis.Streak streak =
        schedule == null
            ? AlarmHysteresis.Streak.NONE.then(health)
            : schedule.inspected(now, health);
    if (!target.boundApps().isEmpty()) {
      alarms(target, verdict, streak, hysteresis);
    }
    return record;
  }

  /** Raises or clears each cause's alarm the inspection's check may have, as the streak says. */
  private void alarms(
      InspectionTarget target,
      InspectionVerdict verdict,
      AlarmHysteresis.Streak streak,
      AlarmHysteresis hysteresis) {
    Set<AlarmCause> open =
        new AutomaticAlarmRepository(em).openCauses(target.subjectKind(), target.subjectId());
    String detail =
        Messages.text(
            "inspection.alarm.detail", Messages.PLATFORM_LOCALE, target.label(), verdict.reason());
    for (AlarmCause cause : InspectionHealth.causesOf(target.check())) {
      AlarmRule.Signal signal = hysteresis.signal(streak, cause, target.check());
      boolean mayAct =
          signal == AlarmRule.Signal.FAILING
              || (signal != AlarmRule.Signal.PENDING && open.contains(cause));
      if (mayAct) {
        alarms.apply(
            target.boundApps(),
            target.subjectKind(),
            target.subjectId(),
            cause,
            signal,
            detail,
            target.label());
      }
    }
  }

  /** The configured hysteresis, or the default when the properties say nothing sensible. */
  static AlarmHysteresis hysteresis() {
    try {
      return new AlarmHysteresis(
          Integer.getInteger(RAISE_AFTER, AlarmHysteresis.DEFAULT.raiseAfter()),
          Integer.getInteger(CLEAR_AFTER, AlarmHysteresis.DEFAULT.clearAfter()));
    } catch (IllegalArgumentException e) {
      LOG.warning("inspection alarm hysteresis: " + e.getMessage() + "; the defaults apply");
      return AlarmHysteresis.DEFAULT;
    }
  }
}
