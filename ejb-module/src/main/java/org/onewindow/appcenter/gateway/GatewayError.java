package org.onewindow.appcenter.gateway;

import org.onewindow.crypto.ResponseCode;

/**
 * Why the gateway refused or failed a call, with the HTTP status and the 003 Annex A code it
 * answers. Refusals before forwarding never reach the interface.
 */
public enum GatewayError {
  UNKNOWN_INTERFACE(404, ResponseCode.NOT_FOUND, "接口不存在"),
  METHOD_NOT_ALLOWED(405, ResponseCode.METHOD_NOT_SUPPORTED, "请求方法与接口登记的不一致"),
  BODY_TOO_LARGE(413, ResponseCode.INVALID_PARAMETER, "请求内容超过大小上限"),
  INTERFACE_NOT_ONLINE(403, ResponseCode.REQUEST_REFUSED, "接口未上线，暂不可调用"),
  APP_NOT_ACTIVE(403, ResponseCode.NOT_AUTHORIZED, "应用已下线或未通过审核，不能调用接口"),
  APP_NOT_ONLINE(403, ResponseCode.NOT_AUTHORIZED, "应用尚未上线；上线前仅可在本单位开启的测试模式下调用接口"),
  APP_NOT_BOUND(403, ResponseCode.NOT_AUTHORIZED, "应用未绑定该接口"),
  INTERFACE_NOT_GRANTED(403, ResponseCode.NOT_AUTHORIZED, "接口所属单位未授权（或已撤销授权）本应用所在单位调用该接口"),
  RATE_LIMITED(429, ResponseCode.BUSY_RETRY_LATER, "调用过于频繁，已超过应用的限流阈值，请稍后重试"),
  TEST_RATE_LIMITED(
      429,
      ResponseCode.BUSY_RETRY_LATER,
      "测试模式下每分钟最多调用 " + AppAccess.TEST_CALLS_PER_MINUTE + " 次，请稍后重试"),
  CIRCUIT_OPEN(503, ResponseCode.BUSY_RETRY_LATER, "接口连续失败，已熔断，请稍后重试"),
  UPSTREAM_TIMEOUT(504, ResponseCode.THIRD_PARTY_TIMEOUT, "接口响应超时"),
  UPSTREAM_FAILED(502, ResponseCode.THIRD_PARTY_FAILED, "接口请求失败"),
  UPSTREAM_NON_200(502, ResponseCode.THIRD_PARTY_NON_200, "接口返回非 200 响应码"),
  UPSTREAM_REFUSED(502, ResponseCode.THIRD_PARTY_FAILED, "接口地址不在平台允许的范围");

  private final int httpStatus;
  private final ResponseCode code;
  private final String message;

  GatewayError(int httpStatus, ResponseCode code, String message) {
    this.httpStatus = httpStatus;
    this.code = code;
    this.message = message;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public ResponseCode code() {
    return code;
  }

  public String message() {
    return message;
  }
}
