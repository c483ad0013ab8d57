package org.onewindow.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.onewindow.crypto.ResponseCode;

/** Builds JSON responses carrying the envelope, with the HTTP status each code calls for. */
public final class Envelopes {

  private Envelopes() {}

  public static Response ok(Object data) {
    return Response.ok(ApiResponse.ok(data), MediaType.APPLICATION_JSON_TYPE).build();
  }

  public static Response created(Object data) {
    return Response.status(Response.Status.CREATED)
        .entity(ApiResponse.ok(data))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  public static Response error(int httpStatus, ResponseCode code, String message) {
    return Response.status(httpStatus)
        .entity(ApiResponse.error(code, message))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .build();
  }
}
