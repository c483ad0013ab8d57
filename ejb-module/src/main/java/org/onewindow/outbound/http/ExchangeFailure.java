package org.onewindow.outbound.http;

import java.io.IOException;

/** An exchange that ended without a complete response, and how. */
public final class ExchangeFailure extends IOException {

  private static final long serialVersionUID = 1L;

  /** How it ended, as far as the caller needs to tell it apart. */
  public enum Kind {
    /** No address accepted the connection (refused, unreachable). */
    CONNECT_FAILED,
    /** No address answered the connection attempt within the connect timeout. */
    CONNECT_TIMEOUT,
    /** Connected, but the response was not complete by the deadline. */
    TIMED_OUT,
    /** The TLS handshake failed: certificate, host name or protocol. */
    TLS_FAILED,
    /** The connection broke, or what came back was not HTTP/1.x. */
    BROKEN,
    /**
     * The resolver gave no address to connect to: the host does not resolve, or the address guard
     * refused it or what it resolves to (the cause, an {@link java.net.UnknownHostException}, says
     * which). Nothing was sent.
     */
    ADDRESS_REFUSED
  }

  private final Kind kind;

  ExchangeFailure(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  ExchangeFailure(Kind kind, String message) {
    this(kind, message, null);
  }

  public Kind kind() {
    return kind;
  }
}
