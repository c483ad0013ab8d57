package org.onewindow.common;

import jakarta.ejb.ApplicationException;

/**
 * An action the record's current state does not allow, such as approving an interface that was
 * never submitted. Nothing changes; the message says the state and the action, fit for the user.
 */
@ApplicationException(rollback = true)
public class StateConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StateConflictException(String message) {
    super(message);
  }
}
