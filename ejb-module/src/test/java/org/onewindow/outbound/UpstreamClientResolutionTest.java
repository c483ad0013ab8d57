package org.onewindow.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.onewindow.crypto.ResponseCode;
import org.onewindow.outbound.OutboundRefusedException.Reason;

/**
 * The seam between the guard and HttpClient, end to end: a host name is looked up once, by the
 * guard's resolver, and the call goes to what it answered (here loopback for the name
 * "interface.invalid", which resolves nowhere in DNS, RFC 6761); a host with any blocked address is
 * refused and nothing is sent; the async path ({@link UpstreamClient#callAsync}) reports exactly as
 * the blocking one. A JDK HTTP server on 127.0.0.1; no assertion depends on timing.
 */
@Timeout(30)
class UpstreamClientResolutionTest {

  private static final String HOST = "interface.invalid";

  private HttpServer server;
  private int port;
  private final AtomicInteger calls = new AtomicInteger();
  private final List<String> lookups = new CopyOnWriteArrayList<>();
  private final Map<String, String> hostHeaders = new ConcurrentHashMap<>();
  private final CountDownLatch release = new CountDownLatch(1);

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/echo",
        exchange -> {
          calls.incrementAndGet();
          hostHeaders.put("host", exchange.getRequestHeaders().getFirst("Host"));
          reply(exchange, "{\"ok\":true}");
        });
    server.createContext(
        "/slow",
        exchange -> {
          try {
            release.await(20, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          reply(exchange, "late");
        });
    server.createContext("/big", exchange -> reply(exchange, "x".repeat(2048)));
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
    port = server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.stop(0);
  }

  @Test
  void theNameIsLookedUpOnceByTheGuardAndTheCallGoesToItsAnswer() throws Exception {
    try (UpstreamClient client = client(InetAddress.getLoopbackAddress())) {
      for (int i = 0; i < 3; i++) {
        UpstreamResult result = client.call(UpstreamRequest.get(uri("/echo"), Map.of()));
        assertEquals(ResponseCode.SUCCESS, result.code(), result.message());
      }
      assertEquals(3, calls.get());
      assertEquals(HOST + ":" + port, hostHeaders.get("host"));
      // One connection, kept: one lookup, by the guard, and none anywhere else.
      assertEquals(List.of(HOST), lookups);
    }
  }

  @Test
  void aNameWithAPublicAndABlockedAddressIsRefusedAndNothingIsSent() throws Exception {
    try (UpstreamClient client =
        client(InetAddress.getByName("8.8.8.8"), InetAddress.getByName("10.1.2.3"))) {
      UpstreamResult result = client.call(UpstreamRequest.get(uri("/echo"), Map.of()));
      assertEquals(UpstreamOutcome.REFUSED_BY_POLICY, result.outcome());
      assertEquals(Reason.INTERNAL_ADDRESS, result.refusal());
      assertEquals("接口地址指向内网或本机地址，已拒绝", result.message());

      UpstreamResult async = client.callAsync(UpstreamRequest.get(uri("/echo"), Map.of())).get();
      assertEquals(UpstreamOutcome.REFUSED_BY_POLICY, async.outcome());
      assertEquals(Reason.INTERNAL_ADDRESS, async.refusal());
    }
    assertEquals(0, calls.get());
  }

  @Test
  void theAsyncCallAnswersAsTheBlockingOne() throws Exception {
    try (UpstreamClient client = client(InetAddress.getLoopbackAddress())) {
      UpstreamResult ok = client.callAsync(UpstreamRequest.get(uri("/echo"), Map.of())).get();
      assertEquals(UpstreamOutcome.OK_HTTP_RESPONSE, ok.outcome());
      assertEquals("{\"ok\":true}", ok.body());
      assertEquals(HOST + ":" + port, hostHeaders.get("host"));

      UpstreamResult big = client.callAsync(UpstreamRequest.get(uri("/big"), Map.of())).get();
      assertEquals(UpstreamOutcome.TOO_LARGE, big.outcome());
      assertEquals("返回内容超过 1 KiB 上限，已停止读取", big.message());
      assertEquals("", big.body());
    }
    try (UpstreamClient client = client(Duration.ofMillis(300), InetAddress.getLoopbackAddress())) {
      UpstreamResult slow = client.callAsync(UpstreamRequest.get(uri("/slow"), Map.of())).get();
      assertEquals(UpstreamOutcome.READ_TIMEOUT, slow.outcome());
      assertEquals("接口响应超时（超过 300 毫秒未返回）", slow.message());
      assertNull(slow.refusal());
    }
  }

  @Test
  void anAsyncCallToARefusedSchemeSendsNothing() throws Exception {
    try (UpstreamClient client = client(InetAddress.getLoopbackAddress())) {
      UpstreamResult result =
          client
              .callAsync(
                  UpstreamRequest.get(URI.create("ftp://" + HOST + ":" + port + "/echo"), Map.of()))
              .get();
      assertEquals(Reason.SCHEME_NOT_ALLOWED, result.refusal());
    }
    assertEquals(0, calls.get());
    assertEquals(List.of(), lookups);
  }

  private UpstreamClient client(InetAddress... answer) {
    return client(OutboundPolicy.DEFAULT_REQUEST_TIMEOUT, answer);
  }

  /** Loopback open on the server's port, which is allowed for public addresses too. */
  private UpstreamClient client(Duration timeout, InetAddress... answer) {
    OutboundPolicy policy =
        OutboundPolicy.defaults()
            .withLoopbackPorts(Set.of(port))
            .withAllowedPorts(Set.of(80, 443, port))
            .withMaxBodyBytes(1024)
            .withTimeouts(
                timeout.compareTo(Duration.ofSeconds(3)) < 0 ? timeout : Duration.ofSeconds(3),
                timeout);
    return new UpstreamClient(
        new AddressGuard(
            policy,
            host -> {
              lookups.add(host);
              return answer.clone();
            }));
  }

  private URI uri(String path) {
    return URI.create("http://" + HOST + ":" + port + path);
  }

  private static void reply(com.sun.net.httpserver.HttpExchange exchange, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
