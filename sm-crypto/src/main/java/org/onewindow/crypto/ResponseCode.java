package org.onewindow.crypto;

/**
 * The response codes of 003 Annex A (table A.1), in one place for the platform's API envelope and
 * for the SDK's ticket and request errors, which integrators see too. The HTTP status follows the
 * code's class: 0 is 2xx, 200xx are client errors, 100xx server errors, 300xx third-party failures.
 */
public enum ResponseCode {
  SUCCESS(0, "返回成功"),
  SYSTEM_BUSY(10000, "系统业务繁忙"),
  /** Over a rate limit, or a circuit open: the caller should come back later. */
  BUSY_RETRY_LATER(10019, "系统业务繁忙，建议稍后重试"),
  INVALID_AUTHORIZATION_CODE(10005, "授权码无效"),
  TOKEN_EXPIRED(10007, "数字政务 token 已过期"),
  NOT_AUTHORIZED(10008, "用户未授权"),
  /** First code of the A-class business range (11001~13000): a duplicate record. */
  DUPLICATE(11001, "记录已存在"),
  INVALID_PARAMETER(20000, "参数错误"),
  REQUEST_REFUSED(20001, "服务器拒绝请求"),
  METHOD_NOT_SUPPORTED(20002, "请求方法不支持"),
  PARAMETER_REQUIRED(20003, "参数不能为空"),
  DECRYPTION_FAILED(20004, "参数解密失败"),
  NOT_FOUND(20404, "404"),
  /**
   * A third-party call failed for a reason no narrower 300xx code names (connection refused, …).
   */
  THIRD_PARTY_FAILED(30000, "第三方接口请求失败"),
  THIRD_PARTY_TIMEOUT(30001, "三方系统超时"),
  THIRD_PARTY_CONNECT_TIMEOUT(30002, "三方系统连接超时"),
  THIRD_PARTY_READ_TIMEOUT(30003, "三方系统读取超时"),
  THIRD_PARTY_UNPARSABLE(30011, "三方系统数据解析失败"),
  /** The third party answered, but with an HTTP status other than 200. */
  THIRD_PARTY_NON_200(30013, "返回非 200 响应码");

  private final int code;
  private final String message;

  ResponseCode(int code, String message) {
    this.code = code;
    this.message = message;
  }

  public int code() {
    return code;
  }

  /** The standard's own wording, used when nothing more precise is known. */
  public String message() {
    return message;
  }
}
