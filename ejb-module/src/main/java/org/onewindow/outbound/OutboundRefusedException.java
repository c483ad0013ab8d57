package org.onewindow.outbound;

import org.onewindow.common.Labelled;
import org.onewindow.common.Messages;

/**
 * The platform will not send a request to this address (000 9.4.3 a). Nothing was sent. The
 * {@linkplain #getMessage() message} is safe to show in the test panel: it names the rule, never
 * the resolved address, so the panel cannot be used to map the platform's internal network. The
 * {@link #detail()} is for the server log.
 */
public class OutboundRefusedException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why a request was refused; its label ({@code outbound.refused.*}) is what the panel shows. */
  public enum Reason implements Labelled {
    INVALID_ADDRESS,
    SCHEME_NOT_ALLOWED,
    PORT_NOT_ALLOWED,
    HOST_NOT_ALLOWED,
    UNRESOLVABLE_HOST,
    INTERNAL_ADDRESS;

    @Override
    public String labelKey() {
      return "outbound.refused." + name();
    }

    /** The message in the platform's language, as records keep it. */
    public String message() {
      return label(Messages.PLATFORM_LOCALE);
    }
  }

  private final Reason reason;
  private final String detail;

  public OutboundRefusedException(Reason reason, String detail) {
    super(reason.message());
    this.reason = reason;
    this.detail = detail;
  }

  public Reason reason() {
    return reason;
  }

  /** What exactly failed (the range an address fell in, the port asked for), for the log. */
  public String detail() {
    return detail;
  }
}
