package org.onewindow.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.onewindow.common.DuplicateException;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.MissingInputException;
import org.onewindow.crypto.ResponseCode;

/**
 * Rule violations from the services: 400 with 20000 参数错误 (20003 参数不能为空 for a missing value), or 409
 * with 11001 for duplicates; in the caller's language where the rule has one.
 */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(InvalidInputException e) {
    String message = e.message(ApiTexts.languageOf(headers));
    if (e instanceof DuplicateException) {
      return Envelopes.error(409, ResponseCode.DUPLICATE, message);
    }
    if (e instanceof MissingInputException) {
      return Envelopes.error(400, ResponseCode.PARAMETER_REQUIRED, message);
    }
    return Envelopes.error(400, ResponseCode.INVALID_PARAMETER, message);
  }
}
