package org.onewindow.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.onewindow.common.StateConflictException;
import org.onewindow.crypto.ResponseCode;

/** An action the record's state does not allow: 409 with 20001 服务器拒绝请求 and the reason. */
@Provider
public class StateConflictMapper implements ExceptionMapper<StateConflictException> {

  @Override
  public Response toResponse(StateConflictException e) {
    return Envelopes.error(409, ResponseCode.REQUEST_REFUSED, e.getMessage());
  }
}
