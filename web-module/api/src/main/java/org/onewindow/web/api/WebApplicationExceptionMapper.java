package org.onewindow.web.api;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.crypto.ResponseCode;

/**
 * Errors the JAX-RS runtime raises itself (unknown path, wrong method, unreadable JSON, a query
 * parameter of the wrong type) answered in the envelope rather than as the server's HTML error
 * page, in the caller's language.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  /**
   * How RESTEasy names a query or matrix parameter it could not convert ({@code
   * jakarta.ws.rs.QueryParam("days") value is 'abc'}). JAX-RS answers those 404 (spec 3.2), as if
   * the resource did not exist; the resource exists and the parameter is wrong, so: 400 20000.
   */
  private static final Pattern BAD_PARAMETER =
      Pattern.compile("(?:QueryParam|MatrixParam)\\(\"([^\"]{1,64})\"\\)");

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    if (e instanceof NotFoundException) {
      Matcher parameter = BAD_PARAMETER.matcher(String.valueOf(e.getMessage()));
      if (e.getCause() != null && parameter.find()) {
        return Envelopes.error(
            400,
            ResponseCode.INVALID_PARAMETER,
            ApiTexts.text(headers, "request.queryParameter", parameter.group(1)));
      }
      return Envelopes.error(
          status, ResponseCode.NOT_FOUND, ApiTexts.text(headers, "request.notFound"));
    }
    if (e instanceof NotAllowedException) {
      return Envelopes.error(
          status,
          ResponseCode.METHOD_NOT_SUPPORTED,
          ApiTexts.text(headers, "request.methodNotAllowed"));
    }
    if (e instanceof NotSupportedException) {
      return Envelopes.error(
          status, ResponseCode.INVALID_PARAMETER, ApiTexts.text(headers, "body.contentType"));
    }
    if (status == 401 || status == 403) {
      return Envelopes.error(
          status, ResponseCode.NOT_AUTHORIZED, ApiTexts.text(headers, "request.unauthorized"));
    }
    if (status >= 400 && status < 500) {
      return Envelopes.error(
          status, ResponseCode.INVALID_PARAMETER, ApiTexts.text(headers, "request.malformed"));
    }
    return Envelopes.error(500, ResponseCode.SYSTEM_BUSY, ApiTexts.text(headers, "request.busy"));
  }
}
