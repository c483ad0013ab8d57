package org.onewindow.outbound.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.onewindow.outbound.http.ExchangeFailure.Kind;

/**
 * Real exchanges with servers on 127.0.0.1: the JDK's HTTP server for well-formed HTTP, a scripted
 * socket server for what well-formed servers never send. No assertion depends on timing.
 */
@Timeout(30)
class OutboundHttpClientTest {

  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
  private static final int MAX_BODY = 1024;

  /** Every host "resolves" to loopback only: the addresses the guard would have checked. */
  private final PinnedResolver pinned = new PinnedResolver(LOOPBACK);

  private final OutboundHttpClient client =
      new OutboundHttpClient(
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
  void theConnectionGoesToTheCheckedAddressAndNeverLooksTheNameUpAgain() throws Exception {
    // "interface.invalid" resolves nowhere (RFC 6761): only the pinned address can be reached.
    Map<String, String> seen = startJdkServer();
    URI target =
        URI.create("http://interface.invalid:" + jdkServer.getAddress().getPort() + "/a?q=1");
    ExchangeResponse response = client.exchange(get(target));

    assertEquals(200, response.status());
    assertEquals("ok", new String(response.body(), StandardCharsets.UTF_8));
    assertEquals("interface.invalid:" + jdkServer.getAddress().getPort(), seen.get("host"));
    assertEquals("/a?q=1", seen.get("uri"));
  }

  @Test
  void aKeptConnectionServesTheNextCallToTheSameAddress() throws Exception {
    Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    jdkServer = HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0);
    jdkServer.createContext(
        "/",
        exchange -> {
          clientPorts.add(exchange.getRemoteAddress().getPort());
          byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    jdkServer.start();
    URI target = URI.create("http://127.0.0.1:" + jdkServer.getAddress().getPort() + "/");
    for (int i = 0; i < 3; i++) {
      assertEquals(200, client.exchange(get(target)).status());
    }
    assertEquals(1, clientPorts.size(), "three calls, one connection");
    assertEquals(1, client.idleConnections());
  }

  @Test
  void aPostCarriesItsBodyLengthAndHeadersInTheirOrder() throws Exception {
    scripted = ScriptedServer.answeringOnce("HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n");
    byte[] body = "city=%E5%8C%97%E4%BA%AC".getBytes(StandardCharsets.US_ASCII);
    Map<String, String> headers = new java.util.LinkedHashMap<>();
    headers.put("X-OW-Caller-App", "app-1");
    headers.put("Content-Type", "application/x-www-form-urlencoded");
    headers.put("X-OW-Signature", "c2ln");
    ExchangeResponse response =
        client.exchange(
            new ExchangeRequest("POST", scriptedUri("/post"), headers, body, deadline()));
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
  void aChunkedBodyIsJoinedAndItsTrailersDropped() throws Exception {
    answerEveryRequest(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "5;name=value\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n");
    ExchangeResponse response = client.exchange(get(scriptedUri("/")));
    assertEquals("hello world", new String(response.body(), StandardCharsets.UTF_8));
    assertFalse(response.tooLarge());
    assertEquals(1, client.idleConnections(), "a complete chunked answer keeps the connection");
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
    ExchangeResponse response = client.exchange(get(scriptedUri("/")));
    assertTrue(response.tooLarge());
    assertEquals(0, response.body().length);
    assertEquals(0, client.idleConnections());
  }

  @Test
  void aBodyUntilTheCloseIsReadAndTheConnectionNotKept() throws Exception {
    scripted = ScriptedServer.answeringOnce("HTTP/1.0 200 OK\r\n\r\nall of it");
    ExchangeResponse response = client.exchange(get(scriptedUri("/")));
    assertArrayEquals("all of it".getBytes(StandardCharsets.UTF_8), response.body());
    assertEquals(0, client.idleConnections());
  }

  @Test
  void anInterimContinueIsSkipped() throws Exception {
    answerEveryRequest(
        "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    ExchangeResponse response = client.exchange(get(scriptedUri("/")));
    assertEquals(200, response.status());
    assertEquals("ok", new String(response.body(), StandardCharsets.UTF_8));
  }

  @Test
  void whatIsNotHttpIsABrokenExchange() throws Exception {
    for (String answer :
        List.of(
            "SSH-2.0-OpenSSH_9.6\r\n",
            "HTTP/1.1 20 OK\r\n\r\n",
            "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nok!",
            "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort",
            "HTTP/1.1 200 OK\r\n folded: value\r\n\r\n",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")) {
      try (ScriptedServer server = ScriptedServer.answeringOnce(answer)) {
        URI target = URI.create("http://127.0.0.1:" + server.port() + "/");
        ExchangeFailure failure =
            assertThrows(ExchangeFailure.class, () -> client.exchange(get(target)));
        assertEquals(Kind.BROKEN, failure.kind(), answer);
      }
    }
  }

  @Test
  void aServerThatTricklesPastTheDeadlineTimesOut() throws Exception {
    CountDownLatch done = new CountDownLatch(1);
    scripted =
        new ScriptedServer(
            (socket, server) -> {
              server.readRequest(socket.getInputStream());
              ScriptedServer.write(socket, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nstart");
              try {
                done.await(20, TimeUnit.SECONDS); // the rest never comes while the client waits
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    ExchangeRequest request =
        new ExchangeRequest(
            "GET", scriptedUri("/"), Map.of(), null, System.nanoTime() + 300_000_000L);
    ExchangeFailure failure = assertThrows(ExchangeFailure.class, () -> client.exchange(request));
    done.countDown();
    assertEquals(Kind.TIMED_OUT, failure.kind());
  }

  @Test
  void aServerThatKeepsTricklingIsCutOffAtTheDeadline() throws Exception {
    // Each byte comes well within a read timeout: only the whole-exchange deadline ends it.
    CountDownLatch done = new CountDownLatch(1);
    scripted = ScriptedServer.trickling(done);
    ExchangeRequest request =
        new ExchangeRequest(
            "GET", scriptedUri("/"), Map.of(), null, System.nanoTime() + 300_000_000L);
    ExchangeFailure failure = assertThrows(ExchangeFailure.class, () -> client.exchange(request));
    done.countDown();
    assertEquals(Kind.TIMED_OUT, failure.kind());
    assertEquals(0, client.idleConnections());
  }

  @Test
  void eachNewConnectionIsResolvedOnceAndAKeptOneNotAgain() throws Exception {
    answerEveryRequest("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    URI target = URI.create("http://interface.invalid:" + scripted.port() + "/");
    for (int i = 0; i < 3; i++) {
      assertEquals(200, client.exchange(get(target)).status());
    }
    assertEquals(1, scripted.accepted());
    assertEquals(1, pinned.lookups(), "the resolver is the only lookup, once per connection");
  }

  @Test
  void aKeptConnectionTheServerClosedIsRetriedForAGetButNotForAPost() throws Exception {
    CountDownLatch closed = new CountDownLatch(1);
    scripted =
        new ScriptedServer(
            (socket, server) -> {
              // Every connection answers one call as if it would stay open, then closes.
              if (server.readRequest(socket.getInputStream()) != null) {
                ScriptedServer.write(socket, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
              }
              socket.close();
              closed.countDown();
            });
    assertEquals(200, client.exchange(get(scriptedUri("/"))).status());
    assertTrue(closed.await(10, TimeUnit.SECONDS));
    assertEquals(1, client.idleConnections(), "kept: the server did not say it would close");

    // A GET on the closed connection fails before any answer: sent again on a new one.
    assertEquals(200, client.exchange(get(scriptedUri("/"))).status());
    assertEquals(2, scripted.accepted());

    // A POST is never sent twice (RFC 9110 9.2.2): its failure is reported. (Whether the server's
    // close of the second connection arrived before the POST or after, it never reads the POST.)
    ExchangeRequest post =
        new ExchangeRequest("POST", scriptedUri("/"), Map.of(), new byte[0], deadline());
    ExchangeFailure failure = assertThrows(ExchangeFailure.class, () -> client.exchange(post));
    assertEquals(Kind.BROKEN, failure.kind());
    assertEquals(2, scripted.accepted(), "no second connection for the POST");
  }

  @Test
  void aServerKeepAliveShorterThanASecondIsNotReliedOn() throws Exception {
    answerEveryRequest("HTTP/1.1 200 OK\r\nKeep-Alive: timeout=1\r\nContent-Length: 2\r\n\r\nok");
    assertEquals(200, client.exchange(get(scriptedUri("/"))).status());
    assertEquals(0, client.idleConnections());
  }

  @Test
  void aBareCarriageReturnInAHeaderValueCannotBreakTheLineFurtherOn() throws Exception {
    answerEveryRequest(
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain\rSet-Cookie: a=b\r\nContent-Length: 2\r\n\r\nok");
    ExchangeResponse response = client.exchange(get(scriptedUri("/")));
    assertEquals("text/plain Set-Cookie: a=b", response.header("content-type"));
    assertEquals(null, response.header("set-cookie"));
  }

  @Test
  void bytesPastTheDeclaredLengthStopTheConnectionBeingKept() throws Exception {
    answerEveryRequest("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 200 OK\r\n\r\n");
    ExchangeResponse response = client.exchange(get(scriptedUri("/")));
    assertEquals("ok", new String(response.body(), StandardCharsets.UTF_8));
    assertEquals(0, client.idleConnections());
  }

  @Test
  void aServerThatSaysCloseIsNotReused() throws Exception {
    answerEveryRequest("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok");
    assertEquals(200, client.exchange(get(scriptedUri("/"))).status());
    assertEquals(0, client.idleConnections());
  }

  @Test
  void aClosedPortIsAConnectFailure() throws Exception {
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, LOOPBACK)) {
      port = socket.getLocalPort();
    }
    URI target = URI.create("http://127.0.0.1:" + port + "/");
    ExchangeFailure failure =
        assertThrows(ExchangeFailure.class, () -> client.exchange(get(target)));
    assertEquals(Kind.CONNECT_FAILED, failure.kind());
  }

  @Test
  void aLineBreakInAHeaderCannotAddAnother() {
    for (Map<String, String> header :
        List.of(Map.of("X-A", "a\r\nHost: b"), Map.of("X-A:", "a"), Map.of("X-A", "a\nb"))) {
      assertThrows(
          IllegalArgumentException.class,
          () ->
              new ExchangeRequest(
                  "GET", URI.create("http://127.0.0.1:9/"), header, null, deadline()),
          header.toString());
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

  private Map<String, String> startJdkServer() throws IOException {
    Map<String, String> seen = new ConcurrentHashMap<>();
    jdkServer = HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0);
    jdkServer.createContext(
        "/",
        exchange -> {
          seen.put("host", exchange.getRequestHeaders().getFirst("Host"));
          seen.put("uri", exchange.getRequestURI().toString());
          byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    jdkServer.start();
    return seen;
  }

  private URI scriptedUri(String path) {
    return URI.create("http://127.0.0.1:" + scripted.port() + path);
  }

  private static ExchangeRequest get(URI target) {
    return new ExchangeRequest("GET", target, Map.of(), null, deadline());
  }

  private static SSLContext defaultTls() {
    try {
      return SSLContext.getDefault();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long deadline() {
    return System.nanoTime() + 10_000_000_000L;
  }
}
