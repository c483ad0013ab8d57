package org.onewindow.web.api.filing;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.onewindow.crypto.ResponseCode;
import org.onewindow.filing.infrastructure.RecordFontMissingException;
import org.onewindow.web.api.ApiTexts;
import org.onewindow.web.api.Envelopes;

/**
 * The record's PDF cannot be made until an operator installs its font: 503 with code 10000 and the
 * message naming the package, never a stack trace.
 */
@Provider
public class RecordFontMissingMapper implements ExceptionMapper<RecordFontMissingException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(RecordFontMissingException e) {
    return Envelopes.error(503, ResponseCode.SYSTEM_BUSY, e.message(ApiTexts.languageOf(headers)));
  }
}
