package org.onewindow.appcenter.gateway;

import jakarta.json.Json;
import java.util.List;
import org.onewindow.crypto.ResponseCode;

/**
 * What the gateway answers: the interface's own answer (masked) with its content type, or the
 * platform's envelope {@code {code,msg,data}} (003 6.2.2.2) for a refusal or a failure.
 *
 * @param reason the name of the refusal ({@link GatewayError} or {@code SIGNATURE_} and the
 *     signature check's error), by which the gateway's WAR finds the message in the caller's
 *     language; null for an interface's own answer
 * @param arguments the refusal message's arguments, so that the WAR words it in another language
 *     with the same values (the server's time of a refused timestamp); empty when it has none
 */
public record GatewayAnswer(
    int status, String contentType, String body, int code, String reason, List<Object> arguments) {

  public GatewayAnswer {
    arguments = List.copyOf(arguments);
  }

  /** The interface's answer, passed on. */
  public static GatewayAnswer passedOn(String contentType, String body) {
    return new GatewayAnswer(
        200,
        contentType == null || contentType.isEmpty()
            ? "application/json;charset=UTF-8"
            : contentType,
        body,
        ResponseCode.SUCCESS.code(),
        null,
        List.of());
  }

  /** A refusal or failure with the error's own message. */
  public static GatewayAnswer refused(GatewayError error) {
    return refused(error.httpStatus(), error.code(), error.message(), error.name());
  }

  /** A refusal with its status, code and message, in the envelope. */
  public static GatewayAnswer refused(int status, ResponseCode code, String message) {
    return refused(status, code, message, null);
  }

  /**
   * A refusal with its status, code, message, the name of its reason and the message's arguments,
   * in the envelope.
   */
  public static GatewayAnswer refused(
      int status, ResponseCode code, String message, String reason, Object... arguments) {
    return new GatewayAnswer(
        status,
        "application/json;charset=UTF-8",
        envelope(code.code(), message),
        code.code(),
        reason,
        List.of(arguments));
  }

  /** The same refusal with its message in another language; an interface's answer unchanged. */
  public GatewayAnswer withMessage(String message) {
    if (reason == null) {
      return this;
    }
    return new GatewayAnswer(status, contentType, envelope(code, message), code, reason, arguments);
  }

  private static String envelope(int code, String message) {
    return Json.createObjectBuilder()
        .add("code", code)
        .add("msg", message)
        .addNull("data")
        .build()
        .toString();
  }

  public boolean succeeded() {
    return code == ResponseCode.SUCCESS.code();
  }
}
