package org.onewindow.identity.domain;

import org.onewindow.crypto.ResponseCode;

/**
 * A call on the identity-events channel that failed its signature check (003 Annex A code and the
 * reason); nothing was recorded but the refusal's own audit line.
 */
public class IdentityEventsRejectedException extends Exception {

  private static final long serialVersionUID = 1L;

  private final ResponseCode code;

  public IdentityEventsRejectedException(ResponseCode code, String message) {
    super(message);
    this.code = code;
  }

  public ResponseCode code() {
    return code;
  }
}
