package org.onewindow.outbound.http;

import java.io.IOException;
import java.io.InputStream;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.pool.PoolReusePolicy;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends one HTTP/1.1 request in the calling thread and reads the answer, on Apache HttpClient 5's
 * classic client (see the package's note). The addresses connected to come from the resolver given
 * and from nowhere else; for https the URI's host is kept for SNI and the certificate check
 * (endpoint identification "HTTPS") against the trust store given, the JVM's by default. No
 * redirects, cookies, authentication, proxies, compression or default User-Agent: what is sent is
 * the request's own headers plus Host and the body's length.
 *
 * <p>Limits: the connect timeout per attempt, one deadline for the whole exchange (each read's
 * timeout is what is left of it, and at the deadline the exchange is cancelled, so a server that
 * trickles cannot hold the caller past it), the body cap (a larger body is reported, not read, and
 * its connection closed). Connections that end cleanly are pooled per route (scheme, host, port; at
 * most {@value #MAX_PER_ROUTE}), most recently used first, kept for {@link #DEFAULT_IDLE_LIMIT}
 * (less when the server's Keep-Alive says so); a GET or HEAD that finds its kept connection closed
 * by the server is sent once more on a new one, a POST never (RFC 9110 9.2.2).
 *
 * <p>Thread-safe; one per node, closed with it.
 */
public final class OutboundHttpClient implements AutoCloseable {

  /** Connections per route (scheme, host, port), in use and idle together. */
  static final int MAX_PER_ROUTE = 64;

  /** Connections over every route: a bound on the node's sockets, far above what it needs. */
  static final int MAX_TOTAL = 4096;

  /** Below common server keep-alive timeouts (Apache httpd 5 s, nginx 75 s, Tomcat 20 s). */
  static final Duration DEFAULT_IDLE_LIMIT = Duration.ofSeconds(4);

  /** How often idle and expired connections are closed, on the next exchange after it is due. */
  private static final long SWEEP_NANOS = TimeUnit.SECONDS.toNanos(10);

  private final int maxBodyBytes;
  private final Duration connectTimeout;
  private final Duration idleLimit;
  private final PoolingHttpClientConnectionManager connections;
  private final CloseableHttpClient http;
  private final Deadlines deadlines = new Deadlines("onewindow-outbound-deadline");
  private final AtomicLong nextSweep = new AtomicLong(System.nanoTime() + SWEEP_NANOS);

  public OutboundHttpClient(Duration connectTimeout, int maxBodyBytes, DnsResolver resolver) {
    this(connectTimeout, maxBodyBytes, resolver, DEFAULT_IDLE_LIMIT, defaultTls());
  }

  OutboundHttpClient(
      Duration connectTimeout,
      int maxBodyBytes,
      DnsResolver resolver,
      Duration idleLimit,
      SSLContext tls) {
    this.connectTimeout = connectTimeout;
    this.maxBodyBytes = maxBodyBytes;
    this.idleLimit = idleLimit;
    this.connections =
        PoolingHttpClientConnectionManagerBuilder.create()
            .setDnsResolver(resolver)
            .setTlsSocketStrategy(new DefaultClientTlsStrategy(tls))
            .setConnectionFactory(new FramedConnections())
            .setPoolConcurrencyPolicy(PoolConcurrencyPolicy.LAX) // a lock per route, not one
            .setConnPoolPolicy(PoolReusePolicy.LIFO) // hot connections first; the rest expire
            .setMaxConnPerRoute(MAX_PER_ROUTE)
            .setMaxConnTotal(MAX_TOTAL)
            .setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true).build())
            .setDefaultConnectionConfig(
                ConnectionConfig.custom()
                    .setConnectTimeout(Timeout.of(connectTimeout))
                    // No staleness probe on lease: it blocks a millisecond per reuse; a closed
                    // kept connection is met by the GET retry instead (StaleConnectionRetry).
                    .setValidateAfterInactivity(TimeValue.NEG_ONE_MILLISECOND)
                    .build())
            .build();
    KeepAlive keepAlive = new KeepAlive(idleLimit);
    this.http =
        HttpClients.custom()
            .setConnectionManager(connections)
            .setRequestExecutor(new StaleConnectionRetry.Recorder())
            .setRetryStrategy(StaleConnectionRetry.INSTANCE)
            .setConnectionReuseStrategy(keepAlive)
            .setKeepAliveStrategy(keepAlive)
            .disableRedirectHandling()
            .disableCookieManagement()
            .disableAuthCaching()
            .disableContentCompression()
            .disableDefaultUserAgent()
            .disableConnectionState()
            .build();
  }

  /**
   * Sends the request and reads the response, body up to the limit.
   *
   * @throws ExchangeFailure when no complete response arrived by the deadline
   */
  public ExchangeResponse exchange(ExchangeRequest request) throws ExchangeFailure {
    long remaining = request.deadlineNanos() - System.nanoTime();
    if (remaining <= 0) {
      throw new ExchangeFailure(ExchangeFailure.Kind.CONNECT_TIMEOUT, "no time left to connect");
    }
    HttpUriRequestBase message = Messages.classic(request);
    HttpClientContext context = HttpClientContext.create();
    context.setRequestConfig(Messages.config(connectTimeout, remaining));
    Deadlines.Watch watch = deadlines.watch(request.deadlineNanos(), message::cancel);
    try {
      ClassicHttpResponse response = http.executeOpen(null, message, context);
      try {
        return read(response, message);
      } catch (IOException | RuntimeException e) {
        message.cancel(); // close the connection rather than drain what is left of the body
        throw e;
      } finally {
        closeQuietly(response);
      }
    } catch (IOException | RuntimeException e) {
      throw Failures.of(e, watch.fired());
    } finally {
      watch.stop();
      sweepWhenDue();
    }
  }

  /** Idle connections kept now, over every route (what the tests observe reuse by). */
  public int idleConnections() {
    return connections.getTotalStats().getAvailable();
  }

  @Override
  public void close() {
    http.close(CloseMode.GRACEFUL);
    deadlines.close();
  }

  private ExchangeResponse read(ClassicHttpResponse response, HttpUriRequestBase message)
      throws IOException {
    Map<String, List<String>> headers = ResponseHeaders.of(response);
    HttpEntity entity = response.getEntity();
    if (entity == null) {
      return new ExchangeResponse(response.getCode(), headers, new byte[0], false);
    }
    if (entity.getContentLength() > maxBodyBytes) {
      message.cancel(); // not read: the connection is closed, not drained
      return new ExchangeResponse(response.getCode(), headers, new byte[0], true);
    }
    // Up to one byte past the limit: reaching the end of a body within it releases the
    // connection to the pool; a larger one is cancelled, which closes the connection.
    InputStream in = entity.getContent();
    byte[] body = in.readNBytes(maxBodyBytes + 1);
    if (body.length > maxBodyBytes) {
      message.cancel();
      return new ExchangeResponse(response.getCode(), headers, new byte[0], true);
    }
    return new ExchangeResponse(response.getCode(), headers, body, false);
  }

  /**
   * Closes a response whose body was read to its end (its connection is back in the pool) or whose
   * exchange was cancelled (its connection closed): nothing left to report either way.
   */
  private static void closeQuietly(ClassicHttpResponse response) {
    try {
      response.close();
    } catch (IOException e) {
      // The connection is closed already; the answer (or the failure) stands.
    }
  }

  private void sweepWhenDue() {
    long now = System.nanoTime();
    long due = nextSweep.get();
    if (now - due >= 0 && nextSweep.compareAndSet(due, now + SWEEP_NANOS)) {
      connections.closeExpired();
      connections.closeIdle(TimeValue.of(idleLimit.toMillis(), TimeUnit.MILLISECONDS));
    }
  }

  private static SSLContext defaultTls() {
    try {
      return SSLContext.getDefault();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no default TLS context", e);
    }
  }

  /** The request as HttpClient's message, and its timeouts. */
  static final class Messages {
    private Messages() {}

    static HttpUriRequestBase classic(ExchangeRequest request) {
      HttpUriRequestBase message = new HttpUriRequestBase(request.method(), request.target());
      request.headers().forEach(message::addHeader);
      if (request.body() != null) {
        // No content type of its own: the caller's Content-Type header, if any, says it.
        message.setEntity(new ByteArrayEntity(request.body(), null));
      }
      return message;
    }

    /**
     * Connect within the connect timeout and what is left; every read within what is left (each
     * read then cannot outlast the deadline, and the deadline's watch ends a trickle); a pooled
     * connection awaited no longer either.
     */
    @SuppressWarnings("deprecation") // the per-request connect timeout is still honoured in 5.6
    static RequestConfig config(Duration connectTimeout, long remainingNanos) {
      Timeout left = Timeout.of(Math.max(1, remainingNanos / 1_000_000), TimeUnit.MILLISECONDS);
      Timeout connect =
          Timeout.ofMilliseconds(Math.min(connectTimeout.toMillis(), left.toMilliseconds()));
      return RequestConfig.custom()
          .setConnectTimeout(connect)
          .setResponseTimeout(left)
          .setConnectionRequestTimeout(left)
          .setRedirectsEnabled(false)
          .setExpectContinueEnabled(false)
          .setProtocolUpgradeEnabled(false)
          .setContentCompressionEnabled(false)
          .build();
    }
  }
}
