package org.onewindow.identity.domain;

import jakarta.ejb.ApplicationException;

/**
 * A back-channel logout token the platform refuses; the message says which rule it broke and is
 * safe to return and to log (it carries no personal data). An application exception: it reaches the
 * caller as itself, and whatever the refusing call had begun is rolled back.
 */
@ApplicationException(rollback = true)
public class LogoutTokenRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public LogoutTokenRejectedException(String message) {
    super(message);
  }
}
