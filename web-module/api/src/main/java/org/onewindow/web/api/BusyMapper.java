package org.onewindow.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.onewindow.common.BusyException;
import org.onewindow.crypto.ResponseCode;

/** Too much at once: 429 with 10019 系统业务繁忙，建议稍后重试, the reason in the caller's language. */
@Provider
public class BusyMapper implements ExceptionMapper<BusyException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(BusyException e) {
    return Envelopes.error(
        429, ResponseCode.BUSY_RETRY_LATER, e.message(ApiTexts.languageOf(headers)));
  }
}
