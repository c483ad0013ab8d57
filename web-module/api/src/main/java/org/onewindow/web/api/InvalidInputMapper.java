package org.onewindow.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.onewindow.common.DuplicateException;
import org.onewindow.common.InvalidInputException;
import org.onewindow.crypto.ResponseCode;

/** Rule violations from the services: 400 with 20000 参数错误, or 409 with 11001 for duplicates. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

  @Override
  public Response toResponse(InvalidInputException e) {
    if (e instanceof DuplicateException) {
      return Envelopes.error(409, ResponseCode.DUPLICATE, e.getMessage());
    }
    return Envelopes.error(400, ResponseCode.INVALID_PARAMETER, e.getMessage());
  }
}
