package org.onewindow.common;

import jakarta.ejb.ApplicationException;

/**
 * Input that breaks a rule. The message is safe to show to the user (it never echoes personal
 * data); the transaction rolls back, so nothing is half-saved.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The input field at fault, for forms that show the message next to it. */
  public String field() {
    return field;
  }
}
