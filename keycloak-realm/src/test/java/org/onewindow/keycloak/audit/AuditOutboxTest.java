package org.onewindow.keycloak.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.crypto.replay.InMemoryNonceStore;
import org.onewindow.crypto.signing.RequestParts;
import org.onewindow.crypto.signing.RequestRejectedException;
import org.onewindow.crypto.signing.RequestVerifier;
import org.onewindow.crypto.sm2.Sm2Keys;
import org.onewindow.crypto.sm2.Sm2PrivateKey;

/**
 * The outbox against a stand-in platform on a local port that checks every call's SM2 signature as
 * the real one does, keeps each event id once, and can be made to fail.
 */
class AuditOutboxTest {

  private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

  private final Sm2PrivateKey key = Sm2Keys.generate().privateKey();
  private final Set<String> received = Collections.synchronizedSet(new LinkedHashSet<>());
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private final AtomicInteger badSignatures = new AtomicInteger();
  private final Map<String, Long> watermark = new HashMap<>();
  private final List<String> catchUps = Collections.synchronizedList(new ArrayList<>());
  private final List<ForwardedEvent> stored = new ArrayList<>();
  private HttpServer platform;
  private AuditOutbox outbox;

  @BeforeEach
  void startPlatform() throws IOException {
    RequestVerifier verifier =
        new RequestVerifier(
            app ->
                PlatformAuditChannel.SIGNER.equals(app)
                    ? Optional.of(key.publicKey())
                    : Optional.empty(),
            Clock.systemUTC(),
            Duration.ofMinutes(5),
            new InMemoryNonceStore(Clock.systemUTC()));
    platform = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    platform.createContext(
        PlatformAuditChannel.PATH,
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          try {
            verifier.verify(
                RequestParts.of(exchange.getRequestMethod(), exchange.getRequestURI(), body),
                name -> exchange.getRequestHeaders().getFirst(name));
          } catch (RequestRejectedException e) {
            badSignatures.incrementAndGet();
            answer(exchange, 401, "{}");
            return;
          }
          if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            answer(exchange, 503, "{}");
          } else if (new String(body, StandardCharsets.UTF_8).contains("poison")) {
            answer(exchange, 400, "{\"code\":20000}");
          } else if (exchange.getRequestURI().getPath().endsWith("/watermark")) {
            answer(exchange, 200, watermarkAnswer());
          } else {
            Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))
                .readArray()
                .forEach(event -> received.add(((JsonObject) event).getString("id")));
            answer(exchange, 200, "{\"code\":0}");
          }
        });
    platform.start();
  }

  private String watermarkAnswer() {
    var data = Json.createObjectBuilder();
    watermark.forEach(data::add);
    return Json.createObjectBuilder().add("code", 0).add("data", data).build().toString();
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @AfterEach
  void stop() {
    if (outbox != null) {
      outbox.stop();
    }
    platform.stop(0);
  }

  private AuditOutbox outbox(int capacity) {
    StoredEvents store =
        (kind, from, first, max) -> {
          catchUps.add(kind + "@" + from);
          return stored.stream()
              .filter(event -> event.kind().equals(kind) && event.time() >= from)
              .skip(first)
              .limit(max)
              .toList();
        };
    outbox =
        new AuditOutbox(
            new PlatformAuditChannel("http://127.0.0.1:" + platform.getAddress().getPort(), key),
            store,
            capacity,
            Duration.ofMillis(10),
            Duration.ofMinutes(5),
            Duration.ofDays(7),
            Clock.fixed(NOW, ZoneOffset.UTC));
    return outbox;
  }

  private static ForwardedEvent event(String id, long time) {
    return new ForwardedEvent(id, "user", time, "LOGIN", "u", "success", Map.of());
  }

  @Test
  void deliversQueuedEventsSignedInOrder() {
    AuditOutbox outbox = outbox(100);
    outbox.start();
    outbox.offer(event("e1", 1));
    outbox.offer(event("e2", 2));
    outbox.offer(event("e3", 3));

    awaitTrue(() -> received.size() == 3);
    assertEquals(List.of("e1", "e2", "e3"), List.copyOf(received));
    assertEquals(0, badSignatures.get());
  }

  @Test
  void retriesUntilThePlatformAnswers() {
    failuresLeft.set(3); // the catch-up's watermark call and the first deliveries fail
    AuditOutbox outbox = outbox(100);
    outbox.offer(event("e1", 1));
    outbox.start();

    awaitTrue(() -> received.contains("e1"));
    assertEquals(0, failuresLeft.get());
  }

  @Test
  void anEventThePlatformRefusesAsMalformedIsDroppedAloneAndBlocksNothing() {
    AuditOutbox outbox = outbox(100);
    outbox.offer(event("e1", 1));
    outbox.offer(event("poison", 2));
    outbox.offer(event("e3", 3));
    outbox.start();
    awaitTrue(() -> received.contains("e3"));
    outbox.offer(event("e4", 4));

    awaitTrue(() -> received.contains("e4"));
    assertTrue(received.contains("e1"), "its batch mates are delivered");
    assertTrue(!received.contains("poison"));
  }

  @Test
  void anOverflowIsMadeGoodFromTheEventStoreFromAMarginBeforeTheWatermark() {
    long mark = NOW.minusSeconds(60).toEpochMilli();
    watermark.put("user", mark);
    for (int i = 1; i <= 5; i++) {
      stored.add(event("e" + i, mark + i));
    }
    AuditOutbox outbox = outbox(2);
    for (ForwardedEvent event : stored) {
      outbox.offer(event); // three of five do not fit
    }
    outbox.start();

    awaitTrue(() -> received.size() == 5);
    long expectedFrom = mark - Duration.ofMinutes(5).toMillis();
    assertTrue(catchUps.contains("user@" + expectedFrom), "catch-ups asked: " + catchUps);
  }

  @Test
  void anEmptyPlatformIsBackfilledForTheConfiguredDays() {
    stored.add(
        new ForwardedEvent(
            "a1", "admin", NOW.toEpochMilli(), "ADMIN_CREATE_USER", "", "success", Map.of()));
    outbox(10).start();

    awaitTrue(() -> received.contains("a1"));
    long expectedFrom = NOW.minus(Duration.ofDays(7)).toEpochMilli();
    assertTrue(catchUps.contains("admin@" + expectedFrom), "catch-ups asked: " + catchUps);
  }

  /** Waits for the outbox's thread, up to a generous bound; the result, not the time, is tested. */
  private static void awaitTrue(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, "condition not reached within 30 s");
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
