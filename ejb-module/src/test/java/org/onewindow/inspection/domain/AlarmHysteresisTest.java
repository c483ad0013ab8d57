package org.onewindow.inspection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.inspection.domain.AlarmRule.Action;
import org.onewindow.inspection.domain.AlarmRule.Signal;
import org.onewindow.inspection.domain.AlarmRule.State;

/**
 * 000 9.4.3 c 「如发生接口响应慢、接口报错、接口请求超时等情况，应及时预警」 and 000 8.2.3 c 问题告警: slow, erroring and timing-out
 * interfaces each raise one alarm per incident, after K bad inspections in a row, and clear after M
 * good ones, with a recovery. The alarms are simulated here by the rule's own states.
 */
class AlarmHysteresisTest {

  private static final InspectionCheck CALL = InspectionCheck.INTERFACE_CALL;

  /** The alarms of one subject on one app, as the rule drives them; the actions taken, in order. */
  private static final class Alarms {
    final AlarmHysteresis hysteresis;
    final Map<AlarmCause, State> states = new EnumMap<>(AlarmCause.class);
    final List<String> actions = new ArrayList<>();
    AlarmHysteresis.Streak streak = AlarmHysteresis.Streak.NONE;

    Alarms(int raiseAfter, int clearAfter) {
      hysteresis = new AlarmHysteresis(raiseAfter, clearAfter);
    }

    Alarms inspect(InspectionHealth... healths) {
      for (InspectionHealth health : healths) {
        streak = streak.then(health);
        for (AlarmCause cause : InspectionHealth.causesOf(CALL)) {
          State state = states.getOrDefault(cause, State.NONE);
          Action action = AlarmRule.decide(state, hysteresis.signal(streak, cause, CALL));
          switch (action) {
            case RAISE -> states.put(cause, State.OPEN);
            case CLEAR, FORGET -> states.put(cause, State.NONE);
            default -> {}
          }
          if (action == Action.RAISE || action == Action.CLEAR) {
            actions.add(action + " " + cause);
          }
        }
      }
      return this;
    }
  }

  @Test
  void eachKindOfTroubleIsItsOwnCause() {
    assertEquals(AlarmCause.INTERFACE_SLOW, InspectionHealth.SLOW.cause(CALL));
    assertEquals(AlarmCause.INTERFACE_INSPECTION, InspectionHealth.ERROR.cause(CALL));
    assertEquals(AlarmCause.INTERFACE_TIMEOUT, InspectionHealth.TIMEOUT.cause(CALL));
    assertEquals(null, InspectionHealth.OK.cause(CALL));
    // 界面巡检 (000 8.2.3 c) has one cause whatever went wrong.
    assertEquals(AlarmCause.PAGE_INSPECTION, InspectionHealth.TIMEOUT.cause(InspectionCheck.PAGE));
  }

  @Test
  void withTheDefaultsTheFirstBadInspectionRaisesAndTheFirstGoodOneClears() {
    Alarms alarms =
        new Alarms(1, 1)
            .inspect(InspectionHealth.OK, InspectionHealth.ERROR, InspectionHealth.ERROR)
            .inspect(InspectionHealth.ERROR, InspectionHealth.OK, InspectionHealth.OK);
    assertEquals(
        List.of("RAISE INTERFACE_INSPECTION", "CLEAR INTERFACE_INSPECTION"), alarms.actions);
  }

  @Test
  void anIncidentRaisesOnceAfterKInARowAndClearsOnceAfterMGood() {
    Alarms alarms = new Alarms(3, 2);
    alarms.inspect(InspectionHealth.SLOW, InspectionHealth.SLOW);
    assertEquals(List.of(), alarms.actions, "two slow answers are not yet an incident");
    alarms.inspect(InspectionHealth.SLOW, InspectionHealth.SLOW, InspectionHealth.SLOW);
    assertEquals(List.of("RAISE INTERFACE_SLOW"), alarms.actions, "one alarm, however long");
    alarms.inspect(InspectionHealth.OK);
    assertEquals(1, alarms.actions.size(), "one good answer is not yet a recovery");
    alarms.inspect(InspectionHealth.OK, InspectionHealth.OK);
    assertEquals(List.of("RAISE INTERFACE_SLOW", "CLEAR INTERFACE_SLOW"), alarms.actions);
  }

  @Test
  void aFlappingSubjectBelowTheThresholdsNeitherRaisesNorClears() {
    Alarms quiet = new Alarms(2, 2);
    quiet.inspect(
        InspectionHealth.ERROR, InspectionHealth.OK, InspectionHealth.ERROR, InspectionHealth.OK);
    assertEquals(List.of(), quiet.actions);

    Alarms open = new Alarms(2, 2);
    open.inspect(InspectionHealth.TIMEOUT, InspectionHealth.TIMEOUT);
    open.inspect(
        InspectionHealth.OK,
        InspectionHealth.TIMEOUT,
        InspectionHealth.OK,
        InspectionHealth.TIMEOUT);
    assertEquals(List.of("RAISE INTERFACE_TIMEOUT"), open.actions, "held open, not raised again");
  }

  @Test
  void slowErrorAndTimeoutAreSeparateIncidents() {
    Alarms alarms =
        new Alarms(1, 1)
            .inspect(InspectionHealth.SLOW, InspectionHealth.ERROR, InspectionHealth.TIMEOUT)
            .inspect(InspectionHealth.TIMEOUT, InspectionHealth.OK);
    assertEquals(
        List.of(
            "RAISE INTERFACE_SLOW",
            "RAISE INTERFACE_INSPECTION",
            "RAISE INTERFACE_TIMEOUT",
            "CLEAR INTERFACE_INSPECTION",
            "CLEAR INTERFACE_SLOW",
            "CLEAR INTERFACE_TIMEOUT"),
        alarms.actions);
  }

  @Test
  void anotherKindOfTroubleNeitherRaisesNorClearsACause() {
    AlarmHysteresis hysteresis = new AlarmHysteresis(1, 1);
    AlarmHysteresis.Streak slow = AlarmHysteresis.Streak.NONE.then(InspectionHealth.SLOW);
    assertEquals(Signal.FAILING, hysteresis.signal(slow, AlarmCause.INTERFACE_SLOW, CALL));
    assertEquals(Signal.PENDING, hysteresis.signal(slow, AlarmCause.INTERFACE_INSPECTION, CALL));
  }

  @Test
  void aSuspectSubjectCountsOnAnOpenAlarmAndRaisesNothingNew() {
    assertEquals(Action.REPEAT, AlarmRule.decide(State.OPEN, Signal.SUSPECT));
    assertEquals(Action.NONE, AlarmRule.decide(State.NONE, Signal.SUSPECT));
    assertEquals(Action.NONE, AlarmRule.decide(State.ARCHIVED_BY_PERSON, Signal.SUSPECT));
    assertEquals(Action.NONE, AlarmRule.decide(State.OPEN, Signal.PENDING));
  }

  @Test
  void theThresholdsAreBounded() {
    assertThrows(IllegalArgumentException.class, () -> new AlarmHysteresis(0, 1));
    assertThrows(IllegalArgumentException.class, () -> new AlarmHysteresis(1, 11));
  }

  @Test
  void aStreakCountsEqualHealthsInARow() {
    AlarmHysteresis.Streak streak =
        AlarmHysteresis.Streak.NONE
            .then(InspectionHealth.OK)
            .then(InspectionHealth.SLOW)
            .then(InspectionHealth.SLOW);
    assertEquals(new AlarmHysteresis.Streak(InspectionHealth.SLOW, 2), streak);
  }
}
