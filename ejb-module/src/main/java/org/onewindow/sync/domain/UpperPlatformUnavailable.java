package org.onewindow.sync.domain;

import jakarta.ejb.ApplicationException;

/**
 * The upper platform did not take a batch after the bounded retries (5xx, timeout, no connection)
 * or refused it whole (4xx, an unreadable answer): the chunk rolls back and the feed's cursor stays
 * where it was, so the step can be restarted.
 */
@ApplicationException(rollback = true)
public class UpperPlatformUnavailable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UpperPlatformUnavailable(String message) {
    super(message);
  }
}
