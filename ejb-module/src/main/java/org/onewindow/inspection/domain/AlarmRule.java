package org.onewindow.inspection.domain;

/**
 * What a failure or a recovery does to an app's automatic alarm for one subject and cause (000
 * 8.2.3 c), so that a subject failing every 30 minutes raises one alarm, not one per inspection:
 *
 * <ul>
 *   <li>failing, no alarm open → {@link Action#RAISE} a new ALARM note;
 *   <li>failing, the alarm still open → {@link Action#REPEAT}: counted on the alarm, no new note;
 *   <li>failing, its note archived by a person while the cause persists → the old alarm is closed
 *       and a new one raised ({@link Action#RAISE}): the person's answer did not fix it;
 *   <li>recovered, the alarm open → {@link Action#CLEAR}: the note is archived with the recovery;
 *   <li>recovered otherwise → {@link Action#NONE}.
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

  public enum Action {
    RAISE,
    REPEAT,
    CLEAR,
    /** Close the stale alarm row (its note was archived by a person) and do nothing else. */
    FORGET,
    NONE
  }

  private AlarmRule() {}

  public static Action decide(State state, boolean failing) {
    if (failing) {
      return state == State.OPEN ? Action.REPEAT : Action.RAISE;
    }
    return switch (state) {
      case OPEN -> Action.CLEAR;
      case ARCHIVED_BY_PERSON -> Action.FORGET;
      case NONE -> Action.NONE;
    };
  }
}
