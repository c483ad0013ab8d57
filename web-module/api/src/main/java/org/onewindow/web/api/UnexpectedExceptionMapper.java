package org.onewindow.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onewindow.common.ConcurrentChange;
import org.onewindow.common.DatabaseUnavailable;
import org.onewindow.crypto.ResponseCode;

/**
 * A concurrent change of one record that the database refused: 409 with 20001 and 「请刷新后重试」 (in the
 * caller's language). Anything else: the caller gets 10000 系统业务繁忙 and an incident id, never a stack
 * trace; the log gets the trace under the same id so an operator can find it. The database out of
 * reach (restarting, stopped, the pool's wait over): 503 with 10019 and {@code Retry-After}.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(Throwable e) {
    if (causedBy(e, EJBAccessException.class)) {
      return Envelopes.error(
          403, ResponseCode.NOT_AUTHORIZED, ApiTexts.text(headers, "request.unauthorized"));
    }
    if (ConcurrentChange.explains(e)) {
      // Lost a race for the same record (the database refused it; nothing was saved): retry.
      LOG.info("Concurrent change refused (" + e.getClass().getSimpleName() + ")"); // no values
      return Envelopes.error(
          409,
          ResponseCode.REQUEST_REFUSED,
          ConcurrentChange.message(ApiTexts.languageOf(headers)));
    }
    if (DatabaseUnavailable.explains(e)) {
      // The database is restarting or out of reach: the caller retries; nothing was saved, and the
      // pool validates its connections, so the same call succeeds once the database is back.
      LOG.warning("Database out of reach (" + e.getClass().getSimpleName() + "): answered 503");
      return Response.fromResponse(
              Envelopes.error(
                  503,
                  ResponseCode.BUSY_RETRY_LATER,
                  DatabaseUnavailable.message(ApiTexts.languageOf(headers))))
          .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
          .build();
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected API failure, incident " + incident, e);
    return Envelopes.error(
        500, ResponseCode.SYSTEM_BUSY, ApiTexts.text(headers, "request.incident", incident));
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
