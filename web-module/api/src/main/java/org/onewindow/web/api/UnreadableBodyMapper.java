package org.onewindow.web.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.onewindow.crypto.ResponseCode;

/** A request body that cannot be read as JSON: 400 with 20000 参数错误, nothing changed. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(ProcessingException e) {
    return Envelopes.error(
        400, ResponseCode.INVALID_PARAMETER, ApiTexts.text(headers, "body.notJson"));
  }
}
