package org.onewindow.common;

import jakarta.ejb.ApplicationException;

/** Too much at once: the caller should try again shortly (003 Annex A 10019). Nothing changed. */
@ApplicationException(rollback = true)
public class BusyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BusyException(String message) {
    super(message);
  }
}
