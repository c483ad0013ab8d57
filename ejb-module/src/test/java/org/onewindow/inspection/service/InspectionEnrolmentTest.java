package org.onewindow.inspection.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.appcenter.domain.AppCenterKinds;
import org.onewindow.inspection.domain.InspectionSchedule;

/**
 * A batch's new schedules as the single enrolment makes them: each from its subject's first online
 * time, and from now for a subject the history has none for (online before histories were kept).
 */
class InspectionEnrolmentTest {

  private static final Instant FIRST = Instant.parse("2026-11-02T08:00:00Z");
  private static final Instant NOW = Instant.parse("2026-12-07T04:00:00Z");

  @Test
  void eachSubjectStartsWhenItFirstWentOnlineOrNow() {
    List<InspectionSchedule> fresh =
        InspectionScheduleService.enrolments(
            AppCenterKinds.INTERFACE, List.of(3L, 4L), Map.of(3L, FIRST), NOW);
    assertEquals(List.of(3L, 4L), fresh.stream().map(InspectionSchedule::getSubjectId).toList());
    assertEquals(
        List.of(FIRST, NOW), fresh.stream().map(InspectionSchedule::getFirstOnlineAt).toList());
    assertEquals(
        List.of(FIRST, NOW), fresh.stream().map(InspectionSchedule::getNextDueAt).toList());
    assertEquals(
        List.of("INTERFACE", "INTERFACE"),
        fresh.stream().map(InspectionSchedule::getSubjectType).toList());
  }
}
