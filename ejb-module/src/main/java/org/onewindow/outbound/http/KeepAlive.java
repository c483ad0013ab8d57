package org.onewindow.outbound.http;

import java.time.Duration;
import org.apache.hc.client5.http.ConnectionKeepAliveStrategy;
import org.apache.hc.core5.http.ConnectionReuseStrategy;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.impl.DefaultConnectionReuseStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;

/**
 * How long a connection is kept after an exchange: HttpClient's rules for whether it may be kept at
 * all (Connection: close, HTTP/1.0 without keep-alive, a body that ends with the connection), then
 * at most the client's idle limit, and a second less than the server's own {@code Keep-Alive:
 * timeout} when it names one, so the client never sends on a connection the server is closing. A
 * server that keeps connections a second or less is not relied on at all.
 */
final class KeepAlive implements ConnectionReuseStrategy, ConnectionKeepAliveStrategy {

  private static final long SECOND = 1000;

  private final long idleLimitMillis;

  KeepAlive(Duration idleLimit) {
    this.idleLimitMillis = idleLimit.toMillis();
  }

  @Override
  public boolean keepAlive(HttpRequest request, HttpResponse response, HttpContext context) {
    return DefaultConnectionReuseStrategy.INSTANCE.keepAlive(request, response, context)
        && keptMillis(response) > 0;
  }

  @Override
  public TimeValue getKeepAliveDuration(HttpResponse response, HttpContext context) {
    return TimeValue.ofMilliseconds(keptMillis(response));
  }

  private long keptMillis(HttpResponse response) {
    long server = serverTimeoutSeconds(response);
    // "timeout=0" names no limit, as no parameter does (what the old client did too).
    return server <= 0
        ? idleLimitMillis
        : Math.min(idleLimitMillis, (Math.min(server, Integer.MAX_VALUE) - 1) * SECOND);
  }

  /** The server's {@code Keep-Alive: timeout} in seconds, or -1 when it names none or garbage. */
  private static long serverTimeoutSeconds(HttpResponse response) {
    for (Header header : response.getHeaders("Keep-Alive")) {
      for (String parameter : header.getValue().split(",")) {
        String[] pair = parameter.strip().split("=", 2);
        if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("timeout")) {
          try {
            return Math.max(0, Long.parseLong(pair[1].strip()));
          } catch (NumberFormatException e) {
            return -1;
          }
        }
      }
    }
    return -1;
  }
}
