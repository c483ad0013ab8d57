package org.onewindow.common;

import jakarta.ejb.ApplicationException;

/**
 * The platform's keys are not configured (or not readable): anything that needs them is refused,
 * nothing is kept unencrypted instead. The message names what is missing, for the operator; users
 * see a general message.
 */
@ApplicationException(rollback = true)
public class KeysUnavailableException extends PlatformException {

  private static final long serialVersionUID = 1L;

  /** Keys unavailable for the reason {@code detail} (the key ring's own words). */
  public KeysUnavailableException(String detail) {
    super(Message.of("common.keysUnavailable", detail));
  }
}
