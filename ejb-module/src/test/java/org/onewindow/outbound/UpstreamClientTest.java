package org.onewindow.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onewindow.appcenter.infrastructure.ProcessResponseCheck;
import org.onewindow.common.InvalidInputException;
import org.onewindow.crypto.ResponseCode;
import org.onewindow.outbound.OutboundRefusedException.Reason;

/**
 * Real requests to a JDK HTTP server on 127.0.0.1, the only place these tests send traffic. No
 * assertion depends on how long anything took.
 */
@Timeout(30)
class UpstreamClientTest {

  private static final int MAX_BYTES = 1024;

  private static final String PROCESS_RESPONSE =
      "{\"process_response\":{\"result_code\":\"100\",\"date\":\"2018-04-25\",\"items\":[]}}";

  private HttpServer server;
  private ExecutorService serverThreads;
  private int port;
  private final CountDownLatch release = new CountDownLatch(1);
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private final Map<String, String> received = new ConcurrentHashMap<>();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    serverThreads = Executors.newCachedThreadPool();
    server.setExecutor(serverThreads);
    port = server.getAddress().getPort();
    handle("/echo", this::echo);
    handle(
        "/redirect",
        exchange -> {
          exchange.getResponseHeaders().add("Location", url("/target"));
          exchange.sendResponseHeaders(302, -1);
        });
    handle("/target", exchange -> reply(exchange, 200, "reached", StandardCharsets.UTF_8));
    handle(
        "/slow",
        exchange -> {
          awaitRelease();
          reply(exchange, 200, PROCESS_RESPONSE, StandardCharsets.UTF_8);
        });
    handle(
        "/slow-body",
        exchange -> {
          exchange.sendResponseHeaders(200, 0); // chunked: headers now, body trickles
          OutputStream out = exchange.getResponseBody();
          out.write("{\"process".getBytes(StandardCharsets.UTF_8));
          out.flush();
          awaitRelease();
          exchange.close();
        });
    handle("/big", exchange -> reply(exchange, 200, "x".repeat(MAX_BYTES + 1), null));
    handle("/exact", exchange -> reply(exchange, 200, "x".repeat(MAX_BYTES), null));
    handle(
        "/big-chunked",
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            byte[] chunk = "y".repeat(100).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 50; i++) {
              out.write(chunk);
            }
          } catch (IOException expected) {
            // The client stops reading after MAX_BYTES + 1 and closes the connection.
          }
        });
    handle("/gbk", exchange -> reply(exchange, 200, "没有查询到数据", Charset.forName("GBK")));
    handle("/error", exchange -> reply(exchange, 500, "{\"reason\":\"内部错误\"}", null));
    server.start();
  }

  @AfterEach
  void stopServer() {
    release.countDown();
    server.stop(0);
    serverThreads.shutdownNow();
  }

  @Test
  void getAppendsUrlEncodedChineseParametersToTheExistingQuery() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("city", "北京");
    parameters.put("q", "快线 1号");
    UpstreamResult result =
        client(loopbackPolicy()).call(UpstreamRequest.get(uri("/echo?key=8cd1"), parameters));

    assertEquals(UpstreamOutcome.OK_HTTP_RESPONSE, result.outcome());
    assertEquals(200, result.status());
    assertEquals(ResponseCode.SUCCESS, result.code());
    assertTrue(result.succeeded());
    assertEquals("GET", received.get("method"));
    assertEquals(
        "key=8cd1&city=%E5%8C%97%E4%BA%AC&q=%E5%BF%AB%E7%BA%BF%201%E5%8F%B7",
        received.get("rawQuery"));
    assertEquals("key=8cd1&city=北京&q=快线 1号", received.get("query"));
    assertEquals("", received.get("body"));
    assertEquals(PROCESS_RESPONSE, result.body());
    assertTrue(ProcessResponseCheck.check(result.body()).isEmpty());
    assertTrue(result.latencyMillis() >= 0);
  }

  @Test
  void getWithoutAQueryStartsOne() {
    client(loopbackPolicy()).call(UpstreamRequest.get(uri("/echo"), Map.of("region", "110000")));
    assertEquals("region=110000", received.get("rawQuery"));
  }

  @Test
  void postSendsAFormBody() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("city", "上海");
    parameters.put("q", "快线 1号&2");
    UpstreamResult result =
        client(loopbackPolicy())
            .call(UpstreamRequest.post(uri("/echo"), parameters, BodyEncoding.FORM));

    assertEquals(200, result.status());
    assertEquals("POST", received.get("method"));
    assertEquals("application/x-www-form-urlencoded; charset=UTF-8", received.get("contentType"));
    assertEquals(
        "city=%E4%B8%8A%E6%B5%B7&q=%E5%BF%AB%E7%BA%BF+1%E5%8F%B7%262", received.get("body"));
    assertNull(received.get("rawQuery"));
  }

  @Test
  void postSendsAJsonObjectBody() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("city", "北京");
    parameters.put("q", "他说\"110\"");
    client(loopbackPolicy())
        .call(UpstreamRequest.post(uri("/echo"), parameters, BodyEncoding.JSON));

    assertEquals("POST", received.get("method"));
    assertEquals("application/json; charset=UTF-8", received.get("contentType"));
    JsonObject body = Json.createReader(new StringReader(received.get("body"))).readObject();
    assertEquals(2, body.size());
    assertEquals("北京", body.getString("city"));
    assertEquals("他说\"110\"", body.getString("q"));
  }

  @Test
  void extraHeadersAreSentAndResponseHeadersAreLowerCase() {
    UpstreamRequest request =
        new UpstreamRequest(
            uri("/echo"), HttpMethod.GET, Map.of(), null, Map.of("X-Auth-Code", "abc123"));
    UpstreamResult result = client(loopbackPolicy()).call(request);

    assertEquals("abc123", received.get("x-auth-code"));
    assertEquals(UpstreamClient.USER_AGENT, received.get("user-agent"));
    assertEquals("application/json; charset=UTF-8", result.headers().get("content-type").get(0));
    assertEquals("application/json; charset=UTF-8", result.header("Content-Type"));
    assertTrue(result.headers().keySet().stream().allMatch(k -> k.equals(k.toLowerCase())));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Host", "connection", "Transfer-Encoding", "Upgrade", "Content-Length", "TE"})
  void hopByHopAndHostHeadersAreRefused(String name) {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                new UpstreamRequest(
                    uri("/echo"), HttpMethod.GET, Map.of(), null, Map.of(name, "x")));
    assertEquals("headers", e.field());
  }

  @Test
  void aHeaderValueCannotSmuggleALineBreak() {
    assertThrows(
        InvalidInputException.class,
        () ->
            new UpstreamRequest(
                uri("/echo"), HttpMethod.GET, Map.of(), null, Map.of("X-A", "a\r\nHost: b")));
  }

  @Test
  void aRedirectIsReportedAndNotFollowed() {
    UpstreamResult result =
        client(loopbackPolicy()).call(UpstreamRequest.get(uri("/redirect"), Map.of()));

    assertEquals(UpstreamOutcome.OK_HTTP_RESPONSE, result.outcome());
    assertEquals(302, result.status());
    assertEquals(ResponseCode.THIRD_PARTY_NON_200, result.code());
    assertEquals(30013, result.code().code());
    assertFalse(result.succeeded());
    assertEquals(url("/target"), result.header("location"));
    assertEquals(1, count("/redirect"));
    assertEquals(0, count("/target"));
  }

  @Test
  void aServerErrorIsAResponseWithCode30013AndItsBody() {
    UpstreamResult result =
        client(loopbackPolicy()).call(UpstreamRequest.get(uri("/error"), Map.of()));
    assertEquals(500, result.status());
    assertEquals(ResponseCode.THIRD_PARTY_NON_200, result.code());
    assertEquals("{\"reason\":\"内部错误\"}", result.body());
    assertTrue(result.message().contains("500"));
  }

  @Test
  void aServerThatDoesNotAnswerInTimeIsAReadTimeout() {
    OutboundPolicy policy =
        loopbackPolicy().withTimeouts(Duration.ofMillis(300), Duration.ofMillis(300));
    UpstreamResult result = client(policy).call(UpstreamRequest.get(uri("/slow"), Map.of()));

    assertEquals(UpstreamOutcome.READ_TIMEOUT, result.outcome());
    assertEquals(ResponseCode.THIRD_PARTY_READ_TIMEOUT, result.code());
    assertEquals(30003, result.code().code());
    assertEquals(0, result.status());
    assertEquals("接口响应超时（超过 300 毫秒未返回）", result.message());
  }

  @Test
  void aBodyThatStopsHalfwayIsAReadTimeoutToo() {
    OutboundPolicy policy =
        loopbackPolicy().withTimeouts(Duration.ofMillis(300), Duration.ofMillis(300));
    UpstreamResult result = client(policy).call(UpstreamRequest.get(uri("/slow-body"), Map.of()));

    assertEquals(UpstreamOutcome.READ_TIMEOUT, result.outcome());
    assertEquals(ResponseCode.THIRD_PARTY_READ_TIMEOUT, result.code());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/big", "/big-chunked"})
  void aBodyOverTheLimitIsTooLarge(String path) {
    UpstreamResult result = client(loopbackPolicy()).call(UpstreamRequest.get(uri(path), Map.of()));

    assertEquals(UpstreamOutcome.TOO_LARGE, result.outcome());
    assertEquals(200, result.status());
    assertEquals("", result.body());
    assertEquals(ResponseCode.THIRD_PARTY_UNPARSABLE, result.code());
    assertEquals("返回内容超过 1 KiB 上限，已停止读取", result.message());
  }

  @Test
  void aBodyOfExactlyTheLimitIsRead() {
    UpstreamResult result =
        client(loopbackPolicy()).call(UpstreamRequest.get(uri("/exact"), Map.of()));
    assertEquals(UpstreamOutcome.OK_HTTP_RESPONSE, result.outcome());
    assertEquals(MAX_BYTES, result.body().length());
  }

  @Test
  void theBodyIsDecodedByItsCharset() {
    UpstreamResult result =
        client(loopbackPolicy()).call(UpstreamRequest.get(uri("/gbk"), Map.of()));
    assertEquals("没有查询到数据", result.body());
  }

  @Test
  void aClosedPortIsAConnectFailure() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    OutboundPolicy policy = loopbackPolicy().withLoopbackPorts(Set.of(closed));
    UpstreamResult result =
        client(policy)
            .call(UpstreamRequest.get(URI.create("http://127.0.0.1:" + closed + "/"), Map.of()));

    assertEquals(UpstreamOutcome.CONNECT_FAILED, result.outcome());
    assertEquals(ResponseCode.THIRD_PARTY_FAILED, result.code());
    assertEquals(30000, result.code().code());
    assertEquals(0, result.status());
    assertFalse(result.message().contains("Exception"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "localhost"})
  void loopbackIsRefusedByDefaultAndNothingIsSent(String host) {
    OutboundPolicy policy = OutboundPolicy.defaults().withAllowedPorts(Set.of(port));
    UpstreamResult result =
        client(policy)
            .call(
                UpstreamRequest.get(URI.create("http://" + host + ":" + port + "/echo"), Map.of()));

    assertEquals(UpstreamOutcome.REFUSED_BY_POLICY, result.outcome());
    assertEquals(Reason.INTERNAL_ADDRESS, result.refusal());
    assertEquals("接口地址指向内网或本机地址，已拒绝", result.message());
    assertEquals(ResponseCode.REQUEST_REFUSED, result.code());
    assertEquals(0, count("/echo"));
  }

  @Test
  void aPortOutsideThePolicyIsRefusedAndNothingIsSent() {
    // Loopback open on another port than the one asked for: refused before anything is sent.
    OutboundPolicy policy = OutboundPolicy.defaults().withLoopbackPorts(Set.of(port + 1));
    UpstreamResult result = client(policy).call(UpstreamRequest.get(uri("/echo"), Map.of()));

    assertEquals(UpstreamOutcome.REFUSED_BY_POLICY, result.outcome());
    assertEquals(Reason.PORT_NOT_ALLOWED, result.refusal());
    assertEquals("端口不在允许范围", result.message());
    assertEquals(0, count("/echo"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"ftp://127.0.0.1:%d/echo", "file:///etc/passwd", "jar:file:///tmp/a.jar!/b"})
  void otherSchemesAreRefusedAndNothingIsSent(String template) {
    URI address = URI.create(String.format(template, port));
    UpstreamResult result =
        client(loopbackPolicy()).call(UpstreamRequest.get(address, Map.of("a", "b")));

    assertEquals(UpstreamOutcome.REFUSED_BY_POLICY, result.outcome());
    assertEquals(Reason.SCHEME_NOT_ALLOWED, result.refusal());
    assertEquals("协议不在允许范围", result.message());
    assertEquals(0, count("/echo"));
  }

  // --- helpers --------------------------------------------------------------------------------

  private OutboundPolicy loopbackPolicy() {
    return OutboundPolicy.defaults().withLoopbackPorts(Set.of(port)).withMaxBodyBytes(MAX_BYTES);
  }

  private static UpstreamClient client(OutboundPolicy policy) {
    return new UpstreamClient(new AddressGuard(policy));
  }

  private String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  private URI uri(String path) {
    return URI.create(url(path));
  }

  private int count(String path) {
    return calls.getOrDefault(path, new AtomicInteger()).get();
  }

  private void handle(String path, HttpHandler handler) {
    server.createContext(
        path,
        exchange -> {
          calls.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
          try {
            handler.handle(exchange);
          } finally {
            exchange.close();
          }
        });
  }

  private void echo(HttpExchange exchange) throws IOException {
    received.put("method", exchange.getRequestMethod());
    URI uri = exchange.getRequestURI();
    if (uri.getRawQuery() != null) {
      received.put("rawQuery", uri.getRawQuery());
      received.put("query", uri.getQuery());
    }
    exchange
        .getRequestHeaders()
        .forEach((name, values) -> received.put(name.toLowerCase(), values.get(0)));
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    if (contentType != null) {
      received.put("contentType", contentType);
    }
    try (InputStream in = exchange.getRequestBody()) {
      received.put("body", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    reply(exchange, 200, PROCESS_RESPONSE, StandardCharsets.UTF_8);
  }

  private static void reply(HttpExchange exchange, int status, String body, Charset charset)
      throws IOException {
    Charset encoding = charset == null ? StandardCharsets.UTF_8 : charset;
    byte[] bytes = body.getBytes(encoding);
    String type = charset == null ? "text/plain" : "application/json; charset=" + charset.name();
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private void awaitRelease() {
    try {
      release.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
