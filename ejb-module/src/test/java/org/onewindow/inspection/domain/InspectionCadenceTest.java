package org.onewindow.inspection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** 003 6.7.3 c: 新服务首月30分钟一次；服务稳定后一天两次. */
class InspectionCadenceTest {

  private static final Instant ONLINE = Instant.parse("2026-11-01T08:00:00Z");

  @Test
  void aServiceOnline29DaysIsInspectedEvery30Minutes() {
    Instant day29 = ONLINE.plus(Duration.ofDays(29));
    assertTrue(InspectionCadence.inFirstMonth(ONLINE, day29));
    assertEquals(Duration.ofMinutes(30), InspectionCadence.interval(ONLINE, day29));
    assertEquals(day29.plus(Duration.ofMinutes(30)), InspectionCadence.nextDue(ONLINE, day29));
  }

  @Test
  void aServiceOnline31DaysIsInspectedTwiceADay() {
    Instant day31 = ONLINE.plus(Duration.ofDays(31));
    assertFalse(InspectionCadence.inFirstMonth(ONLINE, day31));
    assertEquals(Duration.ofHours(12), InspectionCadence.interval(ONLINE, day31));
    assertEquals(day31.plus(Duration.ofHours(12)), InspectionCadence.nextDue(ONLINE, day31));
  }

  @Test
  void theFirstMonthIsTheCalendarMonthFromFirstGoingOnline() {
    // November has 30 days: the first month ends on 1 December at the same time.
    assertTrue(InspectionCadence.inFirstMonth(ONLINE, Instant.parse("2026-12-01T07:59:59Z")));
    assertFalse(InspectionCadence.inFirstMonth(ONLINE, Instant.parse("2026-12-01T08:00:00Z")));
  }

  @Test
  void aSubjectNeverInspectedIsDueAtOnce() {
    assertTrue(InspectionCadence.isDue(ONLINE, null, ONLINE));
    assertTrue(InspectionCadence.isDue(ONLINE, null, ONLINE.plus(Duration.ofDays(40))));
  }

  @Test
  void aSubjectJustInspectedIsNotDueUntilItsIntervalHasPassed() {
    Instant early = ONLINE.plus(Duration.ofDays(3));
    assertFalse(InspectionCadence.isDue(ONLINE, early, early));
    assertFalse(InspectionCadence.isDue(ONLINE, early, early.plus(Duration.ofMinutes(29))));
    assertTrue(InspectionCadence.isDue(ONLINE, early, early.plus(Duration.ofMinutes(30))));

    Instant stable = ONLINE.plus(Duration.ofDays(45));
    assertFalse(InspectionCadence.isDue(ONLINE, stable, stable.plus(Duration.ofMinutes(30))));
    assertFalse(InspectionCadence.isDue(ONLINE, stable, stable.plus(Duration.ofHours(11))));
    assertTrue(InspectionCadence.isDue(ONLINE, stable, stable.plus(Duration.ofHours(12))));
  }
}
