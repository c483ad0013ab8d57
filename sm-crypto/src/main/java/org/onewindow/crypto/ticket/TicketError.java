package org.onewindow.crypto.ticket;

/**
 * Why a ticket was rejected, with the 003 Annex A code an app backend should answer with. The
 * checks run in the order of the constants, so a ticket is reported for its first fault only.
 *
 * <p>The mapping, and why:
 *
 * <ul>
 *   <li>{@link #MALFORMED} 20000 参数错误: not a ticket at all, so the parameter is wrong;
 *   <li>{@link #BAD_SIGNATURE} 10005 授权码无效: the platform did not issue it as it stands;
 *   <li>{@link #WRONG_APP} 10008 用户未授权: the user authorised another app, not this one;
 *   <li>{@link #NOT_YET_VALID} 10005 授权码无效: issued in the future beyond the allowed skew, which no
 *       honest platform does, so the ticket is simply invalid (it is not "expired");
 *   <li>{@link #EXPIRED} 10007 token 已过期;
 *   <li>{@link #REPLAYED} 10005 授权码无效: a one-time ticket that was already used is no longer a valid
 *       ticket;
 *   <li>{@link #DECRYPTION_FAILED} 20004 参数解密失败: genuine and addressed to this app, but the user
 *       info does not decrypt under this app's SM4 key (a rotated or misconfigured key).
 * </ul>
 */
public enum TicketError {
  MALFORMED(20000, "参数错误"),
  BAD_SIGNATURE(10005, "授权码无效"),
  WRONG_APP(10008, "用户未授权"),
  NOT_YET_VALID(10005, "授权码无效"),
  EXPIRED(10007, "token 已过期"),
  REPLAYED(10005, "授权码无效"),
  DECRYPTION_FAILED(20004, "参数解密失败");

  private final int code;
  private final String message;

  TicketError(int code, String message) {
    this.code = code;
    this.message = message;
  }

  /** The result code of 003 Annex A. */
  public int code() {
    return code;
  }

  /** The standard's wording for {@link #code()}. */
  public String message() {
    return message;
  }
}
