package org.onewindow.crypto.signing;

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
  MISSING_HEADER(20003, "参数不能为空"),
  MALFORMED(20000, "参数错误"),
  UNKNOWN_APP(10008, "用户未授权"),
  TIMESTAMP_OUT_OF_WINDOW(20001, "服务器拒绝请求"),
  BAD_SIGNATURE(20001, "服务器拒绝请求"),
  REPLAYED(20001, "服务器拒绝请求");

  private final int code;
  private final String message;

  RequestError(int code, String message) {
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
