package org.onewindow.web.api;

import jakarta.json.bind.annotation.JsonbNillable;
import org.onewindow.crypto.ResponseCode;

/**
 * The envelope of every API answer (003 6.2.2.2, table 1): {@code code} always, {@code msg} a
 * message fit to show the user, {@code data} the payload of the interface: written {@code null}
 * when there is none (an error), never left out, so every answer has the same three members.
 */
public record ApiResponse<T>(int code, String msg, @JsonbNillable T data) {

  public static <T> ApiResponse<T> ok(T data) {
    return new ApiResponse<>(ResponseCode.SUCCESS.code(), ResponseCode.SUCCESS.message(), data);
  }

  public static ApiResponse<Void> error(ResponseCode code, String message) {
    return new ApiResponse<>(code.code(), message, null);
  }
}
