package org.onewindow.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.onewindow.common.DutySeparationException;
import org.onewindow.crypto.ResponseCode;

/**
 * A self-review or another unit's record: 403 with 20001 服务器拒绝请求 and the reason, in the caller's
 * language.
 */
@Provider
public class DutySeparationMapper implements ExceptionMapper<DutySeparationException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(DutySeparationException e) {
    return Envelopes.error(
        403, ResponseCode.REQUEST_REFUSED, e.message(ApiTexts.languageOf(headers)));
  }
}
