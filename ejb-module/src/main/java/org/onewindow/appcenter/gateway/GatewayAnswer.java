package org.onewindow.appcenter.gateway;

import jakarta.json.Json;
import org.onewindow.crypto.ResponseCode;

/**
 * What the gateway answers: the interface's own answer (masked) with its content type, or the
 * platform's envelope {@code {code,msg,data}} (003 6.2.2.2) for a refusal or a failure.
 */
public record GatewayAnswer(int status, String contentType, String body, int code) {

  /** The interface's answer, passed on. */
  public static GatewayAnswer passedOn(String contentType, String body) {
    return new GatewayAnswer(
        200,
        contentType == null || contentType.isEmpty()
            ? "application/json;charset=UTF-8"
            : contentType,
        body,
        ResponseCode.SUCCESS.code());
  }

  /** A refusal or failure with the error's own message. */
  public static GatewayAnswer refused(GatewayError error) {
    return refused(error.httpStatus(), error.code(), error.message());
  }

  /** A refusal with its status, code and message, in the envelope. */
  public static GatewayAnswer refused(int status, ResponseCode code, String message) {
    String body =
        Json.createObjectBuilder()
            .add("code", code.code())
            .add("msg", message)
            .addNull("data")
            .build()
            .toString();
    return new GatewayAnswer(status, "application/json;charset=UTF-8", body, code.code());
  }

  public boolean succeeded() {
    return code == ResponseCode.SUCCESS.code();
  }
}
