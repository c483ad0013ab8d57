package org.onewindow.inspection.domain;

/**
 * When a run of inspections confirms an incident or a recovery (000 9.4.3 c 及时预警; 000 8.2.3 c
 * 问题告警): an alarm of a cause is raised after {@code raiseAfter} consecutive inspections of that bad
 * health, and the subject's open alarms are cleared after {@code clearAfter} consecutive good ones.
 * In between, nothing changes: an interface that fails once among good answers raises nothing when
 * {@code raiseAfter > 1}, and one that answers once among failures clears nothing when {@code
 * clearAfter > 1}.
 *
 * <p>The defaults are 1 and 1 ({@code onewindow.inspection.alarm.raiseAfter}, {@code …clearAfter}):
 * a stable service is inspected twice a day (003 6.7.3 c), so each confirmation asked for delays
 * the warning 9.4.3 c wants 「及时」 by up to 12 hours. Flappy estates raise them.
 *
 * @param raiseAfter consecutive bad inspections of one kind that raise its alarm, 1 … {@value #MAX}
 * @param clearAfter consecutive good inspections that clear the alarms, 1 … {@value #MAX}
 */
public record AlarmHysteresis(int raiseAfter, int clearAfter) {

  /** The most confirmations either side may ask for. */
  public static final int MAX = 10;

  public static final AlarmHysteresis DEFAULT = new AlarmHysteresis(1, 1);

  public AlarmHysteresis {
    if (raiseAfter < 1 || raiseAfter > MAX || clearAfter < 1 || clearAfter > MAX) {
      throw new IllegalArgumentException(
          "raiseAfter and clearAfter must be 1…" + MAX + ": " + raiseAfter + ", " + clearAfter);
    }
  }

  /** The run of equal healths a subject is in: its latest health and how many in a row. */
  public record Streak(InspectionHealth health, int length) {

    /** A subject never inspected. */
    public static final Streak NONE = new Streak(null, 0);

    /** The streak after one more inspection of {@code next} health. */
    public Streak then(InspectionHealth next) {
      return next == health ? new Streak(next, Math.min(length + 1, 1_000)) : new Streak(next, 1);
    }
  }

  /** What the streak says about the alarm of {@code cause} for an inspection of {@code check}. */
  public AlarmRule.Signal signal(Streak streak, AlarmCause cause, InspectionCheck check) {
    if (streak.health() == InspectionHealth.OK) {
      return streak.length() >= clearAfter ? AlarmRule.Signal.RECOVERED : AlarmRule.Signal.PENDING;
    }
    if (streak.health() != null && streak.health().cause(check) == cause) {
      return streak.length() >= raiseAfter ? AlarmRule.Signal.FAILING : AlarmRule.Signal.SUSPECT;
    }
    // Another kind of trouble (or none seen yet): this cause's alarm neither rises nor clears.
    return AlarmRule.Signal.PENDING;
  }
}
