package org.onewindow.web.api;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.onewindow.crypto.ResponseCode;

/**
 * Errors the JAX-RS runtime raises itself (unknown path, wrong method, unreadable JSON) answered in
 * the envelope rather than as the server's HTML error page.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    if (e instanceof NotFoundException) {
      return Envelopes.error(status, ResponseCode.NOT_FOUND, "接口不存在");
    }
    if (e instanceof NotAllowedException) {
      return Envelopes.error(status, ResponseCode.METHOD_NOT_SUPPORTED, "请求方法不支持");
    }
    if (e instanceof NotSupportedException) {
      return Envelopes.error(status, ResponseCode.INVALID_PARAMETER, "请求内容类型不支持");
    }
    if (status == 401 || status == 403) {
      return Envelopes.error(status, ResponseCode.NOT_AUTHORIZED, "用户未授权");
    }
    if (status >= 400 && status < 500) {
      return Envelopes.error(status, ResponseCode.INVALID_PARAMETER, "请求参数格式不正确");
    }
    return Envelopes.error(500, ResponseCode.SYSTEM_BUSY, ResponseCode.SYSTEM_BUSY.message());
  }
}
