package org.onewindow.crypto.ticket;

import org.onewindow.crypto.CryptoException;

/**
 * A ticket that {@link TicketOpener} refused. The message names the fault but never echoes the
 * ticket or the user info, so it is safe to log.
 */
public final class TicketRejectedException extends CryptoException {

  private static final long serialVersionUID = 1L;

  private final TicketError error;

  TicketRejectedException(TicketError error, String detail) {
    super(error.code() + " " + error.message() + ": " + detail);
    this.error = error;
  }

  public TicketError error() {
    return error;
  }

  /** The 003 Annex A code to answer with. */
  public int code() {
    return error.code();
  }
}
