package org.onewindow.sync.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.crypto.replay.InMemoryNonceStore;
import org.onewindow.crypto.signing.AppPublicKeys;
import org.onewindow.crypto.signing.RequestParts;
import org.onewindow.crypto.signing.RequestSigner;
import org.onewindow.crypto.signing.RequestVerifier;
import org.onewindow.crypto.sm2.Sm2Keys;
import org.onewindow.exchange.ExchangeRecord;
import org.onewindow.outbound.AddressGuard;
import org.onewindow.outbound.OutboundPolicy;
import org.onewindow.outbound.UpstreamClient;
import org.onewindow.sync.domain.RecordVerdict;
import org.onewindow.sync.domain.UpperPlatformUnavailable;

/**
 * The upward report's call (002 6.2 b–d) against a real loopback HTTP server: signed so that the
 * platform's own verifier (docs/wire-formats.md §1) accepts it, retried with doubling backoff on
 * 5xx, given up after the bounded attempts, never retried on a 4xx.
 */
class UpperPlatformClientTest {

  private final Sm2Keys.Pair keys = Sm2Keys.generate();
  private final RequestVerifier verifier =
      new RequestVerifier(
          AppPublicKeys.of(Map.of("onewindow-platform", keys.publicKey())),
          Clock.systemUTC(),
          Duration.ofMinutes(5),
          new InMemoryNonceStore());

  private HttpServer server;
  private UpstreamClient http;
  private final AtomicInteger calls = new AtomicInteger();
  private final List<String> problems = new CopyOnWriteArrayList<>();
  private final List<Duration> waits = new ArrayList<>();

  /** The statuses the server answers, call by call; the last repeats. */
  private volatile List<Integer> statuses = List.of(200);

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/upper/batches", this::answer);
    server.start();
    int port = server.getAddress().getPort();
    Map<String, String> policy =
        Map.of(
            OutboundPolicy.PROPERTY_LOOPBACK_PORTS, Integer.toString(port),
            OutboundPolicy.PROPERTY_ALLOWED_PORTS, Integer.toString(port));
    http = new UpstreamClient(new AddressGuard(OutboundPolicy.fromProperties(policy::get)));
  }

  @AfterEach
  void stop() {
    http.close();
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    int call = calls.incrementAndGet();
    byte[] body = exchange.getRequestBody().readAllBytes();
    try {
      verifier.verify(
          new RequestParts(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getRawPath(),
              exchange.getRequestURI().getRawQuery(),
              body),
          exchange.getRequestHeaders()::getFirst);
    } catch (RuntimeException e) {
      problems.add(e.toString());
    }
    int status = statuses.get(Math.min(call, statuses.size()) - 1);
    String answer =
        status != 200
            ? "{\"code\":30013}"
            : "{\"code\":0,\"msg\":\"ok\",\"data\":{\"results\":["
                + "{\"key\":\"C1\",\"accepted\":true},"
                + "{\"key\":\"C2\",\"accepted\":false,\"reason\":\"缺少 matter_code\"}]}}";
    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private UpperPlatformClient client() {
    return new UpperPlatformClient(
        http::forward,
        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/upper/batches"),
        new RequestSigner("onewindow-platform", keys.privateKey(), Clock.systemUTC()),
        new UpperPlatformClient.Retries(3, Duration.ofMillis(100), Duration.ofSeconds(5)),
        waits::add);
  }

  private static List<ExchangeRecord> records() {
    Instant at = Instant.parse("2026-12-01T00:00:00Z");
    return List.of(
        new ExchangeRecord("C1", at, Map.of("case_no", "C1", "matter_code", "M1")),
        new ExchangeRecord("C2", at, Map.of("case_no", "C2")));
  }

  @Test
  void aSignedBatchIsRetriedAfter5xxWithDoublingBackoffAndAnswersPerRecord() {
    statuses = List.of(503, 502, 200);
    List<RecordVerdict> verdicts = client().report("case-basic", 7, records());
    assertEquals(3, calls.get());
    assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200)), waits);
    assertEquals(List.of(), problems, "every attempt signed afresh and verified");
    assertTrue(verdicts.get(0).accepted());
    assertNull(verdicts.get(0).reason());
    assertFalse(verdicts.get(1).accepted());
    assertEquals("缺少 matter_code", verdicts.get(1).reason());
  }

  @Test
  void afterTheBoundedAttemptsTheBatchIsNotTaken() {
    statuses = List.of(500);
    UpperPlatformUnavailable failure =
        assertThrows(
            UpperPlatformUnavailable.class, () -> client().report("catalogue", 1, records()));
    assertEquals(3, calls.get());
    assertTrue(failure.getMessage().contains("HTTP 500"), failure.getMessage());
  }

  @Test
  void aRefusalIsNotRetried() {
    statuses = List.of(400);
    assertThrows(UpperPlatformUnavailable.class, () -> client().report("catalogue", 1, records()));
    assertEquals(1, calls.get());
    assertEquals(List.of(), waits);
  }

  @Test
  void noAnswerIsRetriedToo() {
    server.stop(0);
    assertThrows(UpperPlatformUnavailable.class, () -> client().report("catalogue", 1, records()));
    assertEquals(2, waits.size());
  }
}
