package org.onewindow.common;

import jakarta.ejb.ApplicationException;

/** A second record where the rules allow only one, such as two access units of the same name. */
@ApplicationException(rollback = true)
public class DuplicateException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  public DuplicateException(String field, String message) {
    super(field, message);
  }
}
