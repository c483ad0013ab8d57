package org.onewindow.common;

import jakarta.ejb.ApplicationException;

/**
 * An action the caller may not take on this record although the role allows it in general: a
 * submitter reviewing its own submission (separation of duties, GB/T 22239 8.1.4.2), or an access
 * unit touching another unit's record. Nothing changes.
 */
@ApplicationException(rollback = true)
public class DutySeparationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DutySeparationException(String message) {
    super(message);
  }
}
