package org.onewindow.inspection.domain;

/**
 * What an inspection does to an app's automatic alarm for one subject and cause (000 8.2.3 c; 000
 * 9.4.3 c), so that a subject failing every 30 minutes raises one alarm per incident, not one per
 * inspection. The {@link Signal} is what the subject's recent inspections say ({@link
 * AlarmHysteresis}):
 *
 * <ul>
 *   <li>failing (confirmed), no alarm open → {@link Action#RAISE} a new ALARM note;
 *   <li>failing or suspect, the alarm still open → {@link Action#REPEAT}: counted on the alarm, no
 *       new note;
 *   <li>failing, its note archived by a person while the cause persists → the old alarm is closed
 *       and a new one raised ({@link Action#RAISE}): the person's answer did not fix it;
 *   <li>recovered (confirmed), the alarm open → {@link Action#CLEAR}: the note is archived with the
 *       recovery and the app's unit is told;
 *   <li>anything else → {@link Action#NONE} (or {@link Action#FORGET} a row whose note a person
 *       archived, once recovered).
 * </ul>
 */
public final class AlarmRule {

  /** Where the app's alarm for the subject and cause stands. */
  public enum State {
    NONE,
    /** Raised, its note not archived. */
    OPEN,
    /** Raised, but a person archived its note while the platform still counts it open. */
    ARCHIVED_BY_PERSON
  }

  /** What the subject's inspections say about one cause. */
  public enum Signal {
    /** Bad of this cause, confirmed by enough inspections in a row. */
    FAILING,
    /** Bad of this cause, not yet confirmed. */
    SUSPECT,
    /** Good, confirmed by enough inspections in a row. */
    RECOVERED,
    /** Neither: good but not yet confirmed, or bad of another cause. */
    PENDING
  }

  public enum Action {
    RAISE,
    REPEAT,
    CLEAR,
    /** Close the stale alarm row (its note was archived by a person) and do nothing else. */
    FORGET,
    NONE
  }

  private AlarmRule() {}

  /** For causes without hysteresis (the gateway's circuits): every report is confirmed. */
  public static Action decide(State state, boolean failing) {
    return decide(state, failing ? Signal.FAILING : Signal.RECOVERED);
  }

  public static Action decide(State state, Signal signal) {
    return switch (signal) {
      case FAILING -> state == State.OPEN ? Action.REPEAT : Action.RAISE;
      case SUSPECT -> state == State.OPEN ? Action.REPEAT : Action.NONE;
      case RECOVERED ->
          switch (state) {
            case OPEN -> Action.CLEAR;
            case ARCHIVED_BY_PERSON -> Action.FORGET;
            case NONE -> Action.NONE;
          };
      case PENDING -> Action.NONE;
    };
  }
}
