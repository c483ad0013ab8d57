package org.onewindow.crypto.signing;

import org.onewindow.crypto.CryptoException;

/**
 * A signed call that {@link RequestVerifier} refused. The message names the fault and never
 * contains the body or the signature, so it is safe to log.
 */
public final class RequestRejectedException extends CryptoException {

  private static final long serialVersionUID = 1L;

  private final RequestError error;

  RequestRejectedException(RequestError error, String detail) {
    super(error.code() + " " + error.message() + ": " + detail);
    this.error = error;
  }

  public RequestError error() {
    return error;
  }

  /** The 003 Annex A code to answer with. */
  public int code() {
    return error.code();
  }
}
