package org.onewindow.outbound;

/**
 * The platform will not send a request to this address (000 9.4.3 a). Nothing was sent. The
 * {@linkplain #getMessage() message} is safe to show in the test panel: it names the rule, never
 * the resolved address, so the panel cannot be used to map the platform's internal network. The
 * {@link #detail()} is for the server log.
 */
public class OutboundRefusedException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why a request was refused, each with the message the panel shows. */
  public enum Reason {
    INVALID_ADDRESS("接口地址不是有效的URL"),
    SCHEME_NOT_ALLOWED("协议不在允许范围"),
    PORT_NOT_ALLOWED("端口不在允许范围"),
    HOST_NOT_ALLOWED("主机不在白名单"),
    UNRESOLVABLE_HOST("无法解析主机名"),
    INTERNAL_ADDRESS("接口地址指向内网或本机地址，已拒绝");

    private final String message;

    Reason(String message) {
      this.message = message;
    }

    public String message() {
      return message;
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
