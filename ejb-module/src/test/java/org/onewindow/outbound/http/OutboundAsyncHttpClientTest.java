package org.onewindow.outbound.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.DnsResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.onewindow.outbound.http.ExchangeFailure.Kind;

/**
 * The async client keeps the classic client's seam and limits: only the resolver's addresses, no
 * redirects, the body cap, the whole-exchange deadline against a trickling server, strict HTTP, the
 * same failures. Servers on 127.0.0.1; no assertion depends on timing.
 */
@Timeout(30)
class OutboundAsyncHttpClientTest {

  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
  private static final int MAX_BODY = 1024;

  private final PinnedResolver pinned = new PinnedResolver(LOOPBACK);
  private final OutboundAsyncHttpClient client =
      new OutboundAsyncHttpClient(
          Duration.ofSeconds(2), MAX_BODY, pinned, Duration.ofSeconds(30), defaultTls());
  private HttpServer jdkServer;
  private ScriptedServer scripted;

  @AfterEach
  void stop() throws IOException {
    client.close();
    if (jdkServer != null) {
      jdkServer.stop(0);
    }
    if (scripted != null) {
      scripted.close();
    }
  }

  @Test
  void theConnectionGoesToTheResolversAddressAndTheHostNameStays() throws Exception {
    Map<String, String> seen = new ConcurrentHashMap<>();
    Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    jdkServer = HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0);
    jdkServer.createContext(
        "/",
        exchange -> {
          seen.put("host", exchange.getRequestHeaders().getFirst("Host"));
          seen.put("uri", exchange.getRequestURI().toString());
          clientPorts.add(exchange.getRemoteAddress().getPort());
          byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    jdkServer.start();
    int port = jdkServer.getAddress().getPort();
    URI target = URI.create("http://interface.invalid:" + port + "/a?q=1");

    for (int i = 0; i < 3; i++) {
      ExchangeResponse response = client.exchange(get(target)).get();
      assertEquals(200, response.status());
      assertEquals("ok", new String(response.body(), StandardCharsets.UTF_8));
      // The answer completes on the I/O thread just before the connection goes back to the pool.
      awaitIdleConnections(1);
    }
    assertEquals("interface.invalid:" + port, seen.get("host"));
    assertEquals("/a?q=1", seen.get("uri"));
    assertEquals(1, clientPorts.size(), "three calls, one connection");
    assertEquals(1, pinned.lookups(), "one resolution, for the one connection");
    assertEquals(1, client.idleConnections());
  }

  @Test
  void aPostCarriesItsBodyLengthAndHeadersInTheirOrder() throws Exception {
    scripted = ScriptedServer.answeringOnce("HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n");
    byte[] body = "city=%E5%8C%97%E4%BA%AC".getBytes(StandardCharsets.US_ASCII);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-OW-Caller-App", "app-1");
    headers.put("Content-Type", "application/x-www-form-urlencoded");
    headers.put("X-OW-Signature", "c2ln");
    ExchangeResponse response =
        client
            .exchange(new ExchangeRequest("POST", scriptedUri("/post"), headers, body, deadline()))
            .get();
    assertEquals(201, response.status());
    String head = scripted.heads().get(0);
    assertTrue(head.startsWith("POST /post HTTP/1.1\r\n"), head);
    assertTrue(head.contains("\r\nContent-Length: " + body.length + "\r\n"), head);
    assertTrue(
        head.indexOf("X-OW-Caller-App: app-1") < head.indexOf("Content-Type: application/x-www")
            && head.indexOf("Content-Type: application/x-www")
                < head.indexOf("X-OW-Signature: c2ln"),
        head);
  }

  @Test
  void aRedirectIsTheAnswerAndIsNotFollowed() throws Exception {
    answerEveryRequest(
        "HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:1/elsewhere\r\nContent-Length: 0\r\n\r\n");
    ExchangeResponse response = client.exchange(get(scriptedUri("/"))).get();
    assertEquals(302, response.status());
    assertEquals("http://127.0.0.1:1/elsewhere", response.header("location"));
    assertEquals(1, scripted.accepted());
  }

  @Test
  void aDeclaredBodyOverTheLimitIsNotReadAndTheConnectionIsDropped() throws Exception {
    answerEveryRequest(
        "HTTP/1.1 200 OK\r\nContent-Length: " + (MAX_BODY + 1) + "\r\n\r\n" + "a".repeat(10));
    ExchangeResponse response = client.exchange(get(scriptedUri("/"))).get();
    assertTrue(response.tooLarge());
    assertEquals(200, response.status());
    assertEquals(0, response.body().length);
    assertEquals(0, client.idleConnections());
  }

  @Test
  void aChunkedBodyOverTheLimitStopsAndTheConnectionIsDropped() throws Exception {
    String chunk = "a".repeat(600);
    answerEveryRequest(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "258\r\n"
            + chunk
            + "\r\n258\r\n"
            + chunk
            + "\r\n0\r\n\r\n");
    ExchangeResponse response = client.exchange(get(scriptedUri("/"))).get();
    assertTrue(response.tooLarge());
    assertEquals(0, response.body().length);
    assertEquals(0, client.idleConnections());
  }

  @Test
  void aBodyOfExactlyTheLimitIsRead() throws Exception {
    answerEveryRequest(
        "HTTP/1.1 200 OK\r\nContent-Length: " + MAX_BODY + "\r\n\r\n" + "b".repeat(MAX_BODY));
    ExchangeResponse response = client.exchange(get(scriptedUri("/"))).get();
    assertFalse(response.tooLarge());
    assertEquals(MAX_BODY, response.body().length);
  }

  @Test
  void aServerThatTricklesIsCutOffAtTheDeadline() throws Exception {
    CountDownLatch done = new CountDownLatch(1);
    scripted = ScriptedServer.trickling(done);
    ExchangeRequest request =
        new ExchangeRequest(
            "GET", scriptedUri("/"), Map.of(), null, System.nanoTime() + 300_000_000L);
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> client.exchange(request).get());
    done.countDown();
    assertEquals(Kind.TIMED_OUT, assertInstanceOf(ExchangeFailure.class, e.getCause()).kind());
  }

  @Test
  void whatIsNotHttpIsABrokenExchange() throws Exception {
    for (String answer :
        List.of(
            "SSH-2.0-OpenSSH_9.6\r\n",
            "HTTP/1.1 20 OK\r\n\r\n",
            "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nok!",
            "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")) {
      try (ScriptedServer server = ScriptedServer.answeringOnce(answer)) {
        URI target = URI.create("http://127.0.0.1:" + server.port() + "/");
        ExecutionException e =
            assertThrows(ExecutionException.class, () -> client.exchange(get(target)).get());
        assertEquals(
            Kind.BROKEN, assertInstanceOf(ExchangeFailure.class, e.getCause()).kind(), answer);
      }
    }
  }

  @Test
  void aClosedPortIsAConnectFailure() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
      port = socket.getLocalPort();
    }
    URI target = URI.create("http://127.0.0.1:" + port + "/");
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> client.exchange(get(target)).get());
    assertEquals(Kind.CONNECT_FAILED, assertInstanceOf(ExchangeFailure.class, e.getCause()).kind());
  }

  @Test
  void aRefusingResolverMeansNothingIsConnected() throws Exception {
    scripted = ScriptedServer.answeringOnce("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
    try (OutboundAsyncHttpClient refusing =
        new OutboundAsyncHttpClient(
            Duration.ofSeconds(2),
            MAX_BODY,
            new DnsResolver() {
              @Override
              public InetAddress[] resolve(String host) throws UnknownHostException {
                throw new UnknownHostException(host);
              }

              @Override
              public String resolveCanonicalHostname(String host) {
                return host;
              }
            },
            Duration.ofSeconds(30),
            defaultTls())) {
      ExecutionException e =
          assertThrows(
              ExecutionException.class, () -> refusing.exchange(get(scriptedUri("/"))).get());
      assertEquals(
          Kind.ADDRESS_REFUSED, assertInstanceOf(ExchangeFailure.class, e.getCause()).kind());
    }
    assertEquals(0, scripted.accepted());
  }

  private void awaitIdleConnections(int expected) throws InterruptedException {
    while (client.idleConnections() != expected) {
      Thread.sleep(5); // bounded by the class's @Timeout
    }
  }

  private void answerEveryRequest(String answer) throws IOException {
    scripted =
        new ScriptedServer(
            (socket, server) -> {
              InputStream in = socket.getInputStream();
              while (server.readRequest(in) != null) {
                ScriptedServer.write(socket, answer);
              }
            });
  }

  private URI scriptedUri(String path) {
    return URI.create("http://127.0.0.1:" + scripted.port() + path);
  }

  private static ExchangeRequest get(URI target) {
    return new ExchangeRequest("GET", target, Map.of(), null, deadline());
  }

  private static long deadline() {
    return System.nanoTime() + 10_000_000_000L;
  }

  private static SSLContext defaultTls() {
    try {
      return SSLContext.getDefault();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
