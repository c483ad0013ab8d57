package org.onewindow.outbound.http;

import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpVersion;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;
import org.apache.hc.core5.http.nio.entity.AsyncEntityProducers;
import org.apache.hc.core5.http.nio.support.AsyncRequestBuilder;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.pool.PoolReusePolicy;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The non-blocking twin of {@link OutboundHttpClient}, on HttpClient 5's async client, for callers
 * that keep many calls in flight (inspection of thousands of interfaces): the caller's thread only
 * starts the exchange; one I/O thread carries every connection. The same seam and the same limits —
 * the resolver given is the only name resolution, the URI's host is kept for SNI and the
 * certificate check, HTTP/1.1 only, no redirects, cookies, authentication, proxies or compression,
 * the connect timeout, the whole-exchange deadline (a trickling server costs no thread, and is cut
 * off at the deadline), the body cap, the same pooling and keep-alive rules. No request is ever
 * sent twice.
 *
 * <p>Thread-safe; started on construction, one per node, closed with it.
 */
public final class OutboundAsyncHttpClient implements AutoCloseable {

  /**
   * Connections per route (scheme, host, port). Twice the blocking client's: the async side carries
   * the inspection's batches (200 calls a partition at once), and many interfaces of one unit share
   * a host; beyond this, calls wait for a connection within their own deadline. Still a bound on
   * what one node does to one upstream host.
   */
  static final int MAX_PER_ROUTE = 2 * OutboundHttpClient.MAX_PER_ROUTE;

  /** Connections over every route: each costs a socket and a little memory, no thread. */
  static final int MAX_TOTAL = OutboundHttpClient.MAX_TOTAL;

  private final int maxBodyBytes;
  private final Duration connectTimeout;
  private final PoolingAsyncClientConnectionManager connections;
  private final CloseableHttpAsyncClient http;
  private final Deadlines deadlines = new Deadlines("onewindow-outbound-async-deadline");

  public OutboundAsyncHttpClient(Duration connectTimeout, int maxBodyBytes, DnsResolver resolver) {
    this(connectTimeout, maxBodyBytes, resolver, OutboundHttpClient.DEFAULT_IDLE_LIMIT, tls());
  }

  OutboundAsyncHttpClient(
      Duration connectTimeout,
      int maxBodyBytes,
      DnsResolver resolver,
      Duration idleLimit,
      SSLContext tls) {
    this.connectTimeout = connectTimeout;
    this.maxBodyBytes = maxBodyBytes;
    this.connections =
        PoolingAsyncClientConnectionManagerBuilder.create()
            .setDnsResolver(resolver)
            .setTlsStrategy(new DefaultClientTlsStrategy(tls))
            .setDefaultTlsConfig(
                TlsConfig.custom().setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1).build())
            .setPoolConcurrencyPolicy(PoolConcurrencyPolicy.LAX)
            .setConnPoolPolicy(PoolReusePolicy.LIFO)
            .setMaxConnPerRoute(MAX_PER_ROUTE)
            .setMaxConnTotal(MAX_TOTAL)
            .setDefaultConnectionConfig(
                ConnectionConfig.custom().setConnectTimeout(Timeout.of(connectTimeout)).build())
            .build();
    KeepAlive keepAlive = new KeepAlive(idleLimit);
    this.http =
        HttpAsyncClients.custom()
            .setConnectionManager(connections)
            .setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1)
            .setHttp1Config(FramedConnections.HTTP1)
            .setIOReactorConfig(
                IOReactorConfig.custom().setIoThreadCount(1).setTcpNoDelay(true).build())
            .setConnectionReuseStrategy(keepAlive)
            .setKeepAliveStrategy(keepAlive)
            .disableAutomaticRetries()
            .disableRedirectHandling()
            .disableCookieManagement()
            .disableAuthCaching()
            .disableContentCompression()
            .disableConnectionState()
            .evictIdleConnections(TimeValue.of(idleLimit))
            .build();
    http.start();
  }

  /**
   * Starts the exchange and returns at once. The future completes with the response (its body up to
   * the limit, or marked too large) or fails with an {@link ExchangeFailure}, by the request's
   * deadline at the latest.
   */
  public CompletableFuture<ExchangeResponse> exchange(ExchangeRequest request) {
    CompletableFuture<ExchangeResponse> answer = new CompletableFuture<>();
    long remaining = request.deadlineNanos() - System.nanoTime();
    if (remaining <= 0) {
      answer.completeExceptionally(
          new ExchangeFailure(ExchangeFailure.Kind.CONNECT_TIMEOUT, "no time left to connect"));
      return answer;
    }
    HttpClientContext context = HttpClientContext.create();
    context.setRequestConfig(OutboundHttpClient.Messages.config(connectTimeout, remaining));
    AtomicReference<Future<ExchangeResponse>> started = new AtomicReference<>();
    Deadlines.Watch watch =
        deadlines.watch(
            request.deadlineNanos(),
            () -> {
              Future<ExchangeResponse> exchange = started.get();
              if (exchange != null) {
                exchange.cancel(true); // closes the connection
              }
              answer.completeExceptionally(
                  new ExchangeFailure(
                      ExchangeFailure.Kind.TIMED_OUT, "no complete response by the deadline"));
            });
    try {
      started.set(
          http.execute(
              producer(request),
              new CappedBodyConsumer(maxBodyBytes),
              null,
              context,
              new FutureCallback<>() {
                @Override
                public void completed(ExchangeResponse response) {
                  answer.complete(response);
                }

                @Override
                public void failed(Exception e) {
                  if (e instanceof CappedBodyConsumer.TooLarge tooLarge) {
                    answer.complete(tooLarge.response());
                  } else {
                    answer.completeExceptionally(Failures.of(e, watch.fired()));
                  }
                }

                @Override
                public void cancelled() {
                  answer.completeExceptionally(
                      new ExchangeFailure(
                          ExchangeFailure.Kind.TIMED_OUT, "no complete response by the deadline"));
                }
              }));
    } catch (RuntimeException e) {
      answer.completeExceptionally(Failures.of(e, false));
    }
    if (answer.isDone() && started.get() != null) {
      started.get().cancel(true); // the deadline fired while the exchange was being started
    }
    answer.whenComplete((response, failure) -> watch.stop());
    return answer;
  }

  /** Idle connections kept now, over every route. */
  public int idleConnections() {
    return connections.getTotalStats().getAvailable();
  }

  @Override
  public void close() {
    http.close(CloseMode.GRACEFUL);
    deadlines.close();
  }

  private static AsyncRequestProducer producer(ExchangeRequest request) {
    AsyncRequestBuilder builder =
        AsyncRequestBuilder.create(request.method())
            .setUri(request.target())
            .setVersion(HttpVersion.HTTP_1_1);
    request.headers().forEach(builder::addHeader);
    if (request.body() != null) {
      // No content type of its own: the caller's Content-Type header, if any, says it.
      builder.setEntity(AsyncEntityProducers.create(request.body(), (ContentType) null));
    }
    return builder.build();
  }

  private static SSLContext tls() {
    try {
      return SSLContext.getDefault();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no default TLS context", e);
    }
  }
}
