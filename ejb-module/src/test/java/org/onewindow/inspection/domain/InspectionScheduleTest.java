package org.onewindow.inspection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onewindow.review.SubjectKind;

/** The schedule row the nodes claim (003 6.7.3 c); the claim's UPDATE is tested in InspectionIT. */
class InspectionScheduleTest {

  private static final SubjectKind INTERFACE = new SubjectKind("INTERFACE", "接口");

  private static final SubjectKind APP = new SubjectKind("APP", "应用");

  private static final Instant ONLINE = Instant.parse("2026-11-01T08:00:00Z");

  @Test
  void aNewlyEnrolledSubjectIsDueAndAnInspectionMovesItByTheCadence() {
    InspectionSchedule schedule = InspectionSchedule.enrol(INTERFACE, 7, ONLINE);
    Instant now = ONLINE.plus(Duration.ofDays(2));
    assertTrue(schedule.isDue(now));
    schedule.inspected(now);
    assertEquals(now, schedule.getLastInspectedAt());
    assertFalse(schedule.isDue(now.plus(Duration.ofMinutes(29))));
    assertTrue(schedule.isDue(now.plus(Duration.ofMinutes(30))));
  }

  @Test
  void theRowKeepsTheHealthStreakTheAlarmsWeigh() {
    // 000 9.4.3 c: the hysteresis counts inspections in a row, across runs and nodes.
    InspectionSchedule schedule = InspectionSchedule.enrol(INTERFACE, 8, ONLINE);
    assertEquals(AlarmHysteresis.Streak.NONE, schedule.streak());
    schedule.inspected(ONLINE, InspectionHealth.SLOW);
    schedule.inspected(ONLINE.plusSeconds(60), InspectionHealth.SLOW);
    assertEquals(new AlarmHysteresis.Streak(InspectionHealth.SLOW, 2), schedule.streak());
    assertEquals(
        new AlarmHysteresis.Streak(InspectionHealth.OK, 1),
        schedule.inspected(ONLINE.plusSeconds(120), InspectionHealth.OK));
  }

  @Test
  void theSlowThresholdDefaultsTo3SecondsAndStaysWithinItsRange() {
    InspectionSchedule schedule = InspectionSchedule.enrol(INTERFACE, 9, ONLINE);
    assertEquals(3_000, schedule.slowThresholdMillis());
    schedule.slowThreshold(1_500);
    assertEquals(1_500, schedule.slowThresholdMillis());
    schedule.slowThreshold(null);
    assertEquals(3_000, schedule.slowThresholdMillis());
    assertThrows(IllegalArgumentException.class, () -> schedule.slowThreshold(99));
  }

  @Test
  void inspectNowMakesASubjectDueWhateverTheCadence() {
    InspectionSchedule schedule = InspectionSchedule.enrol(APP, 3, ONLINE);
    Instant now = ONLINE.plus(Duration.ofDays(60));
    schedule.inspected(now);
    assertFalse(schedule.isDue(now.plusSeconds(1)));
    schedule.dueNow(now.plusSeconds(1));
    assertTrue(schedule.isDue(now.plusSeconds(1)));
  }

  @Test
  void theLeaseOutlastsTheLongestInspection() {
    // The policy's whole-call limit is 10 s: a claimed subject cannot fall due mid-inspection.
    assertTrue(InspectionSchedule.LEASE.compareTo(Duration.ofSeconds(10)) > 0);
  }
}
