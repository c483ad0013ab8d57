package org.onewindow.common;

import jakarta.ejb.ApplicationException;

/**
 * An action the record's current state does not allow, such as approving an interface that was
 * never submitted. Nothing changes; the message says the state and the action, fit for the user.
 */
@ApplicationException(rollback = true)
public class StateConflictException extends PlatformException {

  private static final long serialVersionUID = 1L;

  /**
   * The refusal with a text written in Chinese once.
   *
   * @deprecated for code not converted yet: use {@link #keyed}
   */
  @Deprecated
  public StateConflictException(String message) {
    super(message);
  }

  private StateConflictException(Message text) {
    super(text);
  }

  /** The refusal whose message is {@code key} with {@code arguments}. */
  public static StateConflictException keyed(String key, Object... arguments) {
    return new StateConflictException(Message.of(key, arguments));
  }
}
