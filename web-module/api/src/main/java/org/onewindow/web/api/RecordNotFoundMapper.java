package org.onewindow.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.onewindow.common.NotFoundException;
import org.onewindow.crypto.ResponseCode;

/** A record that does not exist: 404 with 20404. */
@Provider
public class RecordNotFoundMapper implements ExceptionMapper<NotFoundException> {

  @Override
  public Response toResponse(NotFoundException e) {
    return Envelopes.error(404, ResponseCode.NOT_FOUND, e.getMessage());
  }
}
