package org.onewindow.appcenter.gateway;

import java.util.Locale;
import org.onewindow.common.LocalizedTexts;
import org.onewindow.crypto.ResponseCode;

/**
 * Why the gateway refused or failed a call, with the HTTP status and the 003 Annex A code it
 * answers. Refusals before forwarding never reach the interface.
 */
public enum GatewayError {
  UNKNOWN_INTERFACE(404, ResponseCode.NOT_FOUND),
  METHOD_NOT_ALLOWED(405, ResponseCode.METHOD_NOT_SUPPORTED),
  BODY_TOO_LARGE(413, ResponseCode.INVALID_PARAMETER),
  INTERFACE_NOT_ONLINE(403, ResponseCode.REQUEST_REFUSED),
  APP_NOT_ACTIVE(403, ResponseCode.NOT_AUTHORIZED),
  APP_NOT_ONLINE(403, ResponseCode.NOT_AUTHORIZED),
  APP_NOT_BOUND(403, ResponseCode.NOT_AUTHORIZED),
  INTERFACE_NOT_GRANTED(403, ResponseCode.NOT_AUTHORIZED),
  RATE_LIMITED(429, ResponseCode.BUSY_RETRY_LATER),
  TEST_RATE_LIMITED(429, ResponseCode.BUSY_RETRY_LATER),
  CIRCUIT_OPEN(503, ResponseCode.BUSY_RETRY_LATER),
  UPSTREAM_TIMEOUT(504, ResponseCode.THIRD_PARTY_TIMEOUT),
  UPSTREAM_FAILED(502, ResponseCode.THIRD_PARTY_FAILED),
  UPSTREAM_NON_200(502, ResponseCode.THIRD_PARTY_NON_200),
  UPSTREAM_REFUSED(502, ResponseCode.THIRD_PARTY_FAILED);

  private final int httpStatus;
  private final ResponseCode code;

  GatewayError(int httpStatus, ResponseCode code) {
    this.httpStatus = httpStatus;
    this.code = code;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public ResponseCode code() {
    return code;
  }

  /** The bundle key of this refusal's message ({@code refusals.properties}, zh-CN and English). */
  public String messageKey() {
    return "gateway." + name();
  }

  /** The message in Chinese, the default; the gateway's WAR rewords it for an English caller. */
  public String message() {
    return message(Locale.ROOT);
  }

  /** The message in {@code locale}'s language where it has one, else Chinese. */
  public String message(Locale locale) {
    return LocalizedTexts.REFUSALS.format(messageKey(), locale, AppAccess.TEST_CALLS_PER_MINUTE);
  }
}
