package org.onewindow.outbound.http;

import java.io.IOException;
import java.net.SocketException;
import org.apache.hc.client5.http.HttpRequestRetryStrategy;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.EndpointDetails;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.impl.io.HttpRequestExecutor;
import org.apache.hc.core5.http.io.HttpClientConnection;
import org.apache.hc.core5.http.io.HttpResponseInformationCallback;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;

/**
 * One more try, on a new connection, for a GET or HEAD whose kept-alive connection turned out
 * closed by the server while idle: it failed before any byte of an answer, so nothing was
 * processed. A POST is never sent twice (RFC 9110 9.2.2), nor anything on a fresh connection, nor
 * after a timeout; responses are never retried (a 503 is the interface's answer).
 *
 * <p>{@link Recorder} is the request executor that tells this strategy whether the connection had
 * carried an exchange before.
 */
final class StaleConnectionRetry implements HttpRequestRetryStrategy {

  static final StaleConnectionRetry INSTANCE = new StaleConnectionRetry();

  private static final String REUSED = "org.onewindow.outbound.http.reused";

  @Override
  public boolean retryRequest(
      HttpRequest request, IOException exception, int execCount, HttpContext context) {
    return execCount == 1
        && ExchangeRequest.idempotent(request.getMethod())
        && Boolean.TRUE.equals(context.getAttribute(REUSED))
        && (exception instanceof NoHttpResponseException || exception instanceof SocketException);
  }

  @Override
  public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
    return false;
  }

  @Override
  public TimeValue getRetryInterval(HttpResponse response, int execCount, HttpContext context) {
    return TimeValue.ZERO_MILLISECONDS;
  }

  /** HttpClient's request executor, noting whether the connection served an exchange before. */
  static final class Recorder extends HttpRequestExecutor {

    @Override
    public ClassicHttpResponse execute(
        ClassicHttpRequest request,
        HttpClientConnection connection,
        HttpResponseInformationCallback informationCallback,
        HttpContext context)
        throws IOException, HttpException {
      EndpointDetails details = connection.getEndpointDetails();
      context.setAttribute(REUSED, details != null && details.getRequestCount() > 0);
      return super.execute(request, connection, informationCallback, context);
    }
  }
}
