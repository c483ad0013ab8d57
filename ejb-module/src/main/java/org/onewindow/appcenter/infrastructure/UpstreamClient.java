package org.onewindow.appcenter.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpClient.Redirect;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import org.onewindow.appcenter.domain.HttpMethod;
import org.onewindow.appcenter.infrastructure.OutboundRefusedException.Reason;

/**
 * Sends one real request to a registered interface for the test panel and inspection (000 9.4.3 a,
 * c) and reports what came back, never throwing for what the far side does.
 *
 * <p>The request is bounded in every direction the far side controls: the {@link AddressGuard} runs
 * first and nothing is sent on refusal; redirects are not followed (a 3xx is the answer, or a
 * public address could bounce the call inside); the connection and the whole exchange have the
 * policy's timeouts; the body is read only up to the policy's limit. No proxy is used, so the
 * connection resolves the same host the guard checked.
 *
 * <p>One instance holds one {@link HttpClient} (its connection pool and selector thread) and is
 * safe for concurrent use; keep it for the application's lifetime.
 */
public final class UpstreamClient {

  /** Sent unless the caller names its own, so access units can tell probes in their logs. */
  static final String USER_AGENT = "OneWindow-InterfaceTest/1.0";

  private final AddressGuard guard;
  private final OutboundPolicy policy;
  private final HttpClient http;

  public UpstreamClient(AddressGuard guard) {
    this.guard = guard;
    this.policy = guard.policy();
    this.http =
        HttpClient.newBuilder()
            .followRedirects(Redirect.NEVER)
            .connectTimeout(policy.connectTimeout())
            .proxy(HttpClient.Builder.NO_PROXY)
            .build();
  }

  /** Sends the request and reports the outcome; the calling thread waits at most the timeout. */
  public UpstreamResult call(UpstreamRequest request) {
    long start = System.nanoTime();
    HttpRequest httpRequest;
    try {
      URI target = target(request);
      guard.check(target);
      httpRequest = httpRequest(request, target);
    } catch (OutboundRefusedException e) {
      return UpstreamResult.refused(e, millisSince(start));
    }
    return exchange(httpRequest, start, policy.requestTimeout());
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
    HttpRequest httpRequest;
    try {
      URI target = request.target();
      guard.check(target);
      HttpRequest.Builder builder = HttpRequest.newBuilder(target).timeout(timeout);
      if ("http".equalsIgnoreCase(target.getScheme())) {
        builder.version(HttpClient.Version.HTTP_1_1);
      }
      request.headers().forEach(builder::header);
      if (request.method() == HttpMethod.GET) {
        builder.GET();
      } else {
        if (!request.contentType().isEmpty()) {
          builder.header("Content-Type", request.contentType());
        }
        builder.POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
      }
      httpRequest = builder.build();
    } catch (OutboundRefusedException e) {
      return UpstreamResult.refused(e, millisSince(start));
    } catch (IllegalArgumentException e) {
      return UpstreamResult.refused(
          new OutboundRefusedException(Reason.INVALID_ADDRESS, "not an HTTP URI"),
          millisSince(start));
    }
    return exchange(httpRequest, start, timeout);
  }

  private UpstreamResult exchange(HttpRequest httpRequest, long start, Duration timeout) {
    HttpResponse<InputStream> response;
    try {
      response = http.send(httpRequest, BodyHandlers.ofInputStream());
    } catch (IOException e) {
      return failure(e, start);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return UpstreamResult.failure(UpstreamOutcome.IO_FAILED, millisSince(start), "请求被中断");
    }
    long deadline = start + timeout.toNanos();
    Map<String, List<String>> headers = lowerCaseHeaders(response);
    long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
    if (declared > policy.maxBodyBytes()) {
      // Known too large before reading: close at once, which also drops the connection.
      BoundedBody.closeQuietly(response.body());
      return UpstreamResult.tooLarge(
          response.statusCode(), millisSince(start), headers, policy.maxBodyBytes());
    }
    BoundedBody body = BoundedBody.read(response.body(), policy.maxBodyBytes(), deadline);
    long latency = millisSince(start);
    return switch (body.state()) {
      case COMPLETE ->
          UpstreamResult.response(
              response.statusCode(), latency, headers, body.text(headers.get("content-type")));
      case TOO_LARGE ->
          UpstreamResult.tooLarge(response.statusCode(), latency, headers, policy.maxBodyBytes());
      case TIMED_OUT ->
          UpstreamResult.failure(UpstreamOutcome.READ_TIMEOUT, latency, readTimeout());
      case FAILED -> UpstreamResult.failure(UpstreamOutcome.IO_FAILED, latency, "读取返回内容时连接中断");
    };
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

  private HttpRequest httpRequest(UpstreamRequest request, URI target)
      throws OutboundRefusedException {
    HttpRequest.Builder builder;
    try {
      builder = HttpRequest.newBuilder(target).timeout(policy.requestTimeout());
    } catch (IllegalArgumentException e) {
      throw new OutboundRefusedException(Reason.INVALID_ADDRESS, "not an HTTP URI");
    }
    if ("http".equalsIgnoreCase(target.getScheme())) {
      // Plain HTTP/2 would add h2c upgrade headers that some older upstreams reject outright.
      builder.version(HttpClient.Version.HTTP_1_1);
    }
    boolean agentGiven = false;
    for (Map.Entry<String, String> header : request.headers().entrySet()) {
      builder.header(header.getKey(), header.getValue());
      agentGiven |= header.getKey().equalsIgnoreCase("user-agent");
    }
    if (!agentGiven) {
      builder.header("User-Agent", USER_AGENT);
    }
    if (request.method() == HttpMethod.GET) {
      return builder.GET().build();
    }
    String body =
        request.encoding() == BodyEncoding.JSON
            ? json(request.parameters())
            : encode(request.parameters(), false);
    return builder
        .header("Content-Type", request.encoding().contentType())
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
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

  private UpstreamResult failure(IOException e, long start) {
    long latency = millisSince(start);
    if (e instanceof HttpConnectTimeoutException) {
      return UpstreamResult.failure(
          UpstreamOutcome.CONNECT_TIMEOUT,
          latency,
          "连接接口超时（超过 " + describe(policy.connectTimeout()) + "）");
    }
    if (e instanceof HttpTimeoutException) {
      return UpstreamResult.failure(UpstreamOutcome.READ_TIMEOUT, latency, readTimeout());
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException
          || cause instanceof NoRouteToHostException
          || cause instanceof UnresolvedAddressException) {
        return UpstreamResult.failure(
            UpstreamOutcome.CONNECT_FAILED, latency, "无法连接接口地址（连接被拒绝或网络不可达）");
      }
      if (cause instanceof SSLException) {
        return UpstreamResult.failure(UpstreamOutcome.TLS_FAILED, latency, "TLS 握手失败，请检查接口的证书与协议");
      }
    }
    return UpstreamResult.failure(UpstreamOutcome.IO_FAILED, latency, "接口连接异常中断");
  }

  private String readTimeout() {
    return "接口响应超时（超过 " + describe(policy.requestTimeout()) + "未返回）";
  }

  private static String describe(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " 秒" : millis + " 毫秒";
  }

  private static Map<String, List<String>> lowerCaseHeaders(HttpResponse<?> response) {
    Map<String, List<String>> headers = new TreeMap<>();
    response
        .headers()
        .map()
        .forEach(
            (name, values) ->
                headers
                    .computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                    .addAll(values));
    headers.replaceAll((name, values) -> List.copyOf(values));
    return headers;
  }

  private static long millisSince(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }
}
