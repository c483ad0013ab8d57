package org.onewindow.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.onewindow.common.NotFoundException;
import org.onewindow.crypto.ResponseCode;

/** A record that does not exist: 404 with 20404, the message in the caller's language. */
@Provider
public class RecordNotFoundMapper implements ExceptionMapper<NotFoundException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(NotFoundException e) {
    return Envelopes.error(404, ResponseCode.NOT_FOUND, e.message(ApiTexts.languageOf(headers)));
  }
}
