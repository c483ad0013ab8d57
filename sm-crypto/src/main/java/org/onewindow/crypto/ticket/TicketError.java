package org.onewindow.crypto.ticket;

import org.onewindow.crypto.ResponseCode;

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
  MALFORMED(ResponseCode.INVALID_PARAMETER),
  BAD_SIGNATURE(ResponseCode.INVALID_AUTHORIZATION_CODE),
  WRONG_APP(ResponseCode.NOT_AUTHORIZED),
  NOT_YET_VALID(ResponseCode.INVALID_AUTHORIZATION_CODE),
  EXPIRED(ResponseCode.TOKEN_EXPIRED),
  REPLAYED(ResponseCode.INVALID_AUTHORIZATION_CODE),
  DECRYPTION_FAILED(ResponseCode.DECRYPTION_FAILED);

  private final ResponseCode responseCode;

  TicketError(ResponseCode responseCode) {
    this.responseCode = responseCode;
  }

  /** The 003 Annex A code this error answers with. */
  public ResponseCode responseCode() {
    return responseCode;
  }

  /** The result code of 003 Annex A. */
  public int code() {
    return responseCode.code();
  }

  /** The standard's wording for {@link #code()}. */
  public String message() {
    return responseCode.message();
  }
}
