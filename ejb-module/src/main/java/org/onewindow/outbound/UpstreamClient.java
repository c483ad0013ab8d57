package org.onewindow.outbound;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.onewindow.common.Message;
import org.onewindow.outbound.OutboundRefusedException.Reason;
import org.onewindow.outbound.http.ExchangeFailure;
import org.onewindow.outbound.http.ExchangeRequest;
import org.onewindow.outbound.http.ExchangeResponse;
import org.onewindow.outbound.http.OutboundAsyncHttpClient;
import org.onewindow.outbound.http.OutboundHttpClient;

/**
 * Sends one real request to a registered interface for the test panel, inspection (000 9.4.3 a, c)
 * and the gateway (9.4.4), and reports what came back, never throwing for what the far side does.
 *
 * <p>The request is bounded in every direction the far side controls: the {@link AddressGuard}
 * judges the URL first and nothing is sent on refusal; the connection goes to an address the guard
 * checked and to no other (the client's only name resolution is the {@link GuardedDnsResolver}: one
 * lookup, every address checked, so a DNS answer that changes cannot move the call inside);
 * redirects are not followed (a 3xx is the answer, or a public address could bounce the call
 * inside); the connection and the whole exchange have the policy's timeouts; the body is read only
 * up to the policy's limit. No proxy is used.
 *
 * <p>One instance holds one {@link OutboundHttpClient} (the classic client: the calling thread
 * waits, for the test panel and the gateway) and, from the first {@link #callAsync}, one {@link
 * OutboundAsyncHttpClient} (many calls in flight, for inspection), each with its kept-alive
 * connections; it is safe for concurrent use. Keep it for the application's lifetime and close it
 * with the application.
 */
public final class UpstreamClient implements AutoCloseable {

  /** Sent unless the caller names its own, so access units can tell probes in their logs. */
  static final String USER_AGENT = "OneWindow-InterfaceTest/1.0";

  private final AddressGuard guard;
  private final OutboundPolicy policy;
  private final GuardedDnsResolver resolver;
  private final OutboundHttpClient http;
  private volatile OutboundAsyncHttpClient async;

  public UpstreamClient(AddressGuard guard) {
    this.guard = guard;
    this.policy = guard.policy();
    this.resolver = new GuardedDnsResolver(guard);
    this.http = new OutboundHttpClient(policy.connectTimeout(), policy.maxBodyBytes(), resolver);
  }

  /** Sends the request and reports the outcome; the calling thread waits at most the timeout. */
  public UpstreamResult call(UpstreamRequest request) {
    long start = System.nanoTime();
    ExchangeRequest exchange;
    try {
      exchange = prepare(request, start);
    } catch (OutboundRefusedException e) {
      return UpstreamResult.refused(e, millisSince(start));
    }
    try {
      return result(http.exchange(exchange), start);
    } catch (ExchangeFailure e) {
      return failure(e, start, policy.requestTimeout());
    }
  }

  /**
   * As {@link #call}, without waiting: the calling thread only starts the exchange. The future
   * always completes with a result (never exceptionally), by the policy's timeout at the latest.
   */
  public CompletableFuture<UpstreamResult> callAsync(UpstreamRequest request) {
    long start = System.nanoTime();
    ExchangeRequest exchange;
    try {
      exchange = prepare(request, start);
    } catch (OutboundRefusedException e) {
      return CompletableFuture.completedFuture(UpstreamResult.refused(e, millisSince(start)));
    }
    return async()
        .exchange(exchange)
        .handle(
            (response, thrown) ->
                thrown == null ? result(response, start) : asyncFailure(thrown, start));
  }

  /**
   * Passes a gateway call on (000 9.4.4): the same guard, limits and reporting as {@link #call},
   * with the caller's raw query and body and the interface's own timeout (never above the
   * policy's).
   */
  public UpstreamResult forward(ForwardRequest request) {
    long start = System.nanoTime();
    Duration timeout =
        request.timeout().compareTo(policy.requestTimeout()) < 0
            ? request.timeout()
            : policy.requestTimeout();
    ExchangeRequest exchange;
    try {
      URI target = request.target();
      guard.checkTarget(target);
      Map<String, String> headers = new LinkedHashMap<>(request.headers());
      byte[] body = null;
      if (request.method() != HttpMethod.GET) {
        if (!request.contentType().isEmpty()) {
          headers.put("Content-Type", request.contentType());
        }
        body = request.body();
      }
      exchange =
          new ExchangeRequest(
              request.method().name(), target, headers, body, start + timeout.toNanos());
    } catch (OutboundRefusedException e) {
      return UpstreamResult.refused(e, millisSince(start));
    } catch (IllegalArgumentException e) {
      return invalidAddress(start);
    }
    try {
      return result(http.exchange(exchange), start);
    } catch (ExchangeFailure e) {
      return failure(e, start, timeout);
    } catch (IllegalArgumentException e) {
      return invalidAddress(start); // a URI HttpClient cannot send (e.g. a path starting "//")
    }
  }

  @Override
  public void close() {
    http.close();
    OutboundAsyncHttpClient started = async;
    if (started != null) {
      started.close();
    }
  }

  private ExchangeRequest prepare(UpstreamRequest request, long start)
      throws OutboundRefusedException {
    URI target = target(request);
    guard.checkTarget(target);
    try {
      return exchangeRequest(request, target, start);
    } catch (IllegalArgumentException e) {
      throw new OutboundRefusedException(Reason.INVALID_ADDRESS, "not an HTTP URI");
    }
  }

  private OutboundAsyncHttpClient async() {
    OutboundAsyncHttpClient client = async;
    if (client == null) {
      synchronized (this) {
        client = async;
        if (client == null) {
          client =
              new OutboundAsyncHttpClient(policy.connectTimeout(), policy.maxBodyBytes(), resolver);
          async = client;
        }
      }
    }
    return client;
  }

  private UpstreamResult result(ExchangeResponse response, long start) {
    long latency = millisSince(start);
    if (response.tooLarge()) {
      return UpstreamResult.tooLarge(
          response.status(), latency, response.headers(), policy.maxBodyBytes());
    }
    List<String> contentType = response.headers().getOrDefault("content-type", List.of());
    return UpstreamResult.response(
        response.status(),
        latency,
        response.headers(),
        new String(response.body(), charsetOf(contentType)));
  }

  private UpstreamResult asyncFailure(Throwable thrown, long start) {
    Throwable cause =
        thrown instanceof CompletionException && thrown.getCause() != null
            ? thrown.getCause()
            : thrown;
    if (cause instanceof ExchangeFailure e) {
      return failure(e, start, policy.requestTimeout());
    }
    // The client fails only with ExchangeFailure; anything else broke on our side of the wire.
    return UpstreamResult.failure(
        UpstreamOutcome.IO_FAILED, millisSince(start), Message.of("outbound.result.broken"));
  }

  private static UpstreamResult invalidAddress(long start) {
    return UpstreamResult.refused(
        new OutboundRefusedException(Reason.INVALID_ADDRESS, "not an HTTP URI"),
        millisSince(start));
  }

  /** The address with a GET's parameters appended to any query it already has. */
  static URI target(UpstreamRequest request) throws OutboundRefusedException {
    URI address = request.address();
    if (request.method() != HttpMethod.GET || request.parameters().isEmpty()) {
      return address;
    }
    String text = address.toString();
    int hash = text.indexOf('#');
    if (hash >= 0) {
      // The fragment never leaves the client; drop it so the query lands in the right place.
      text = text.substring(0, hash);
    }
    String query = encode(request.parameters(), true);
    String separator = address.getRawQuery() == null ? "?" : text.endsWith("?") ? "" : "&";
    try {
      return URI.create(text + separator + query);
    } catch (IllegalArgumentException e) {
      throw new OutboundRefusedException(Reason.INVALID_ADDRESS, "query does not form a URI");
    }
  }

  private ExchangeRequest exchangeRequest(UpstreamRequest request, URI target, long start) {
    Map<String, String> headers = new LinkedHashMap<>();
    boolean agentGiven = false;
    for (Map.Entry<String, String> header : request.headers().entrySet()) {
      headers.put(header.getKey(), header.getValue());
      agentGiven |= header.getKey().equalsIgnoreCase("user-agent");
    }
    if (!agentGiven) {
      headers.put("User-Agent", USER_AGENT);
    }
    byte[] body = null;
    if (request.method() != HttpMethod.GET) {
      String text =
          request.encoding() == BodyEncoding.JSON
              ? json(request.parameters())
              : encode(request.parameters(), false);
      headers.put("Content-Type", request.encoding().contentType());
      body = text.getBytes(StandardCharsets.UTF_8);
    }
    return new ExchangeRequest(
        request.method().name(), target, headers, body, start + policy.requestTimeout().toNanos());
  }

  /**
   * URL-encodes parameters in UTF-8. A form body writes a space as {@code +}; in a query {@code
   * %20} is used, which every server decodes the same way.
   */
  static String encode(Map<String, String> parameters, boolean forQuery) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(component(parameter.getKey(), forQuery))
          .append('=')
          .append(component(parameter.getValue(), forQuery));
    }
    return out.toString();
  }

  private static String component(String text, boolean forQuery) {
    String encoded = URLEncoder.encode(text, StandardCharsets.UTF_8);
    return forQuery ? encoded.replace("+", "%20") : encoded;
  }

  /** Parameters as one JSON object of strings: the panel does not know the upstream's types. */
  private static String json(Map<String, String> parameters) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    parameters.forEach(object::add);
    return object.build().toString();
  }

  private UpstreamResult failure(ExchangeFailure e, long start, Duration timeout) {
    long latency = millisSince(start);
    return switch (e.kind()) {
      case CONNECT_TIMEOUT ->
          UpstreamResult.failure(
              UpstreamOutcome.CONNECT_TIMEOUT,
              latency,
              Message.of("outbound.result.connectTimeout", describe(policy.connectTimeout())));
      case TIMED_OUT ->
          UpstreamResult.failure(
              UpstreamOutcome.READ_TIMEOUT,
              latency,
              Message.of("outbound.result.readTimeout", describe(timeout)));
      case CONNECT_FAILED ->
          UpstreamResult.failure(
              UpstreamOutcome.CONNECT_FAILED, latency, Message.of("outbound.result.connectFailed"));
      case TLS_FAILED ->
          UpstreamResult.failure(
              UpstreamOutcome.TLS_FAILED, latency, Message.of("outbound.result.tlsFailed"));
      case BROKEN ->
          UpstreamResult.failure(
              UpstreamOutcome.IO_FAILED, latency, Message.of("outbound.result.broken"));
      case ADDRESS_REFUSED -> UpstreamResult.refused(refusal(e), latency);
    };
  }

  /** Why the resolver gave no address: the guard's refusal, or the name did not resolve. */
  private static OutboundRefusedException refusal(ExchangeFailure e) {
    if (e.getCause() instanceof GuardedDnsResolver.Refused refused) {
      return refused.refusal();
    }
    return new OutboundRefusedException(Reason.UNRESOLVABLE_HOST, String.valueOf(e.getMessage()));
  }

  /** The charset a Content-Type names; UTF-8 when none or an unknown one is named. */
  static Charset charsetOf(List<String> contentType) {
    for (String value : contentType) {
      for (String part : value.split(";")) {
        String[] pair = part.strip().split("=", 2);
        if (pair.length == 2 && pair[0].strip().toLowerCase(Locale.ROOT).equals("charset")) {
          String name = pair[1].strip().replace("\"", "");
          try {
            return Charset.forName(name);
          } catch (IllegalArgumentException e) {
            // IllegalCharsetName or UnsupportedCharset: show the text as UTF-8 rather than nothing.
            return StandardCharsets.UTF_8;
          }
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static Message describe(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0
        ? Message.of("outbound.duration.seconds", millis / 1000)
        : Message.of("outbound.duration.millis", millis);
  }

  private static long millisSince(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }
}
