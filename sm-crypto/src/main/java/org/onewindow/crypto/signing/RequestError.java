package org.onewindow.crypto.signing;

import org.onewindow.crypto.ResponseCode;

/**
 * Why a signed call was rejected, with the 003 Annex A code to answer with. {@link RequestVerifier}
 * checks in the order of the constants and reports the first fault.
 *
 * <p>The mapping, and why:
 *
 * <ul>
 *   <li>{@link #MISSING_HEADER} 20003 参数不能为空: a signature header is absent or empty;
 *   <li>{@link #MALFORMED} 20000 参数错误: a header, or the request's path or query, is not in its
 *       format;
 *   <li>{@link #UNKNOWN_APP} 10008 用户未授权: no public key is registered for the app key;
 *   <li>{@link #TIMESTAMP_OUT_OF_WINDOW} 20001 服务器拒绝请求: too old or from the future. Not 10007 token
 *       已过期, which is about credentials expiring: here nothing expired, the caller's clock is off
 *       or the call is stale, and the server refuses it;
 *   <li>{@link #BAD_SIGNATURE} 20001 服务器拒绝请求: the request is not what the app signed;
 *   <li>{@link #REPLAYED} 20001 服务器拒绝请求: a genuine call, but its nonce was already used.
 * </ul>
 */
public enum RequestError {
  MISSING_HEADER(ResponseCode.PARAMETER_REQUIRED),
  MALFORMED(ResponseCode.INVALID_PARAMETER),
  UNKNOWN_APP(ResponseCode.NOT_AUTHORIZED),
  TIMESTAMP_OUT_OF_WINDOW(ResponseCode.REQUEST_REFUSED),
  BAD_SIGNATURE(ResponseCode.REQUEST_REFUSED),
  REPLAYED(ResponseCode.REQUEST_REFUSED);

  private final ResponseCode responseCode;

  RequestError(ResponseCode responseCode) {
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
