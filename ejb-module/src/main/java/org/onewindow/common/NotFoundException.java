package org.onewindow.common;

import jakarta.ejb.ApplicationException;

/** A record the caller named does not exist (or is not the caller's to see: the same answer). */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }
}
