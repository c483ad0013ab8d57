package org.onewindow.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.onewindow.common.StateConflictException;
import org.onewindow.crypto.ResponseCode;

/**
 * An action the record's state does not allow: 409 with 20001 服务器拒绝请求 and the reason, in the
 * caller's language.
 */
@Provider
public class StateConflictMapper implements ExceptionMapper<StateConflictException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(StateConflictException e) {
    return Envelopes.error(
        409, ResponseCode.REQUEST_REFUSED, e.message(ApiTexts.languageOf(headers)));
  }
}
