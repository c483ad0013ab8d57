package org.onewindow.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.onewindow.crypto.ResponseCode;

/** A body {@link StrictJsonReader} refused: 400 with 20000 参数错误, the field named. */
@Provider
public class RefusedBodyMapper implements ExceptionMapper<RefusedBodyException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(RefusedBodyException e) {
    return Envelopes.error(
        400, ResponseCode.INVALID_PARAMETER, e.message(ApiTexts.languageOf(headers)));
  }
}
