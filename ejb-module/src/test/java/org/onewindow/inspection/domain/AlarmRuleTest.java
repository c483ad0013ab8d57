package org.onewindow.inspection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onewindow.inspection.domain.AlarmRule.Action;
import org.onewindow.inspection.domain.AlarmRule.State;
import org.onewindow.review.SubjectKind;

/** 000 8.2.3 c 问题告警 without flooding: one open automatic alarm per app, subject and cause. */
class AlarmRuleTest {

  private static final SubjectKind INTERFACE = new SubjectKind("INTERFACE", "接口");

  private static final SubjectKind APP = new SubjectKind("APP", "应用");

  @Test
  void aFirstFailureRaisesAnAlarm() {
    assertEquals(Action.RAISE, AlarmRule.decide(State.NONE, true));
  }

  @Test
  void aSubjectStillFailingWhileItsAlarmIsOpenAddsNoNote() {
    assertEquals(Action.REPEAT, AlarmRule.decide(State.OPEN, true));
  }

  @Test
  void aRecoveryClearsTheOpenAlarmAndOtherwiseDoesNothing() {
    assertEquals(Action.CLEAR, AlarmRule.decide(State.OPEN, false));
    assertEquals(Action.NONE, AlarmRule.decide(State.NONE, false));
  }

  @Test
  void anAlarmArchivedByAPersonWhileStillFailingIsRaisedAgain() {
    assertEquals(Action.RAISE, AlarmRule.decide(State.ARCHIVED_BY_PERSON, true));
    assertEquals(Action.FORGET, AlarmRule.decide(State.ARCHIVED_BY_PERSON, false));
  }

  @Test
  void theOpenKeyIsPerAppSubjectAndCauseAndFreedOnClose() {
    String key = AutomaticAlarm.key(1, INTERFACE, 2, AlarmCause.INTERFACE_INSPECTION);
    assertNotEquals(key, AutomaticAlarm.key(1, INTERFACE, 2, AlarmCause.CIRCUIT_OPEN));
    assertNotEquals(key, AutomaticAlarm.key(3, INTERFACE, 2, AlarmCause.INTERFACE_INSPECTION));
    assertNotEquals(key, AutomaticAlarm.key(1, APP, 2, AlarmCause.INTERFACE_INSPECTION));

    Instant at = Instant.parse("2026-12-01T00:00:00Z");
    AutomaticAlarm alarm =
        AutomaticAlarm.raised(1, INTERFACE, 2, AlarmCause.INTERFACE_INSPECTION, 9, at);
    assertTrue(alarm.isOpen());
    alarm.repeated(at.plusSeconds(1800));
    assertEquals(2, alarm.getOccurrences());
    alarm.close(at.plusSeconds(3600));
    assertFalse(alarm.isOpen());
  }
}
