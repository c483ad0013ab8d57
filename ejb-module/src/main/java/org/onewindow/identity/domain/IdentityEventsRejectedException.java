package org.onewindow.identity.domain;

import org.onewindow.crypto.ResponseCode;
import org.onewindow.crypto.signing.RequestError;

/**
 * A call on the identity-events channel that failed its signature check: which check ({@link
 * RequestError}, with its 003 Annex A code) and the reason, for the log; nothing was recorded but
 * the refusal's own audit line. The caller is answered from the check, not from the reason.
 */
public class IdentityEventsRejectedException extends Exception {

  private static final long serialVersionUID = 1L;

  private final RequestError error;
  private final long serverTimeMillis;

  /**
   * @param serverTimeMillis the platform's time when it checked, for a sender whose clock drifted
   */
  public IdentityEventsRejectedException(RequestError error, String reason, long serverTimeMillis) {
    super(reason);
    this.error = error;
    this.serverTimeMillis = serverTimeMillis;
  }

  /** The platform's time when it checked the call, epoch milliseconds. */
  public long serverTimeMillis() {
    return serverTimeMillis;
  }

  /** The check that failed. */
  public RequestError error() {
    return error;
  }

  /** The 003 Annex A code to answer with. */
  public ResponseCode code() {
    return error.responseCode();
  }
}
