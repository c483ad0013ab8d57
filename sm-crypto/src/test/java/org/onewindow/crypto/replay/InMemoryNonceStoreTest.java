package org.onewindow.crypto.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The bundled replay store: once only, forgetting after expiry, atomic under contention. */
class InMemoryNonceStoreTest {

  private static final Instant T0 = Instant.parse("2025-06-01T08:00:00Z");

  private final MutableClock clock = new MutableClock(T0);
  private final InMemoryNonceStore store = new InMemoryNonceStore(clock);

  @Test
  void aNonceIsAcceptedOnceUntilItExpires() {
    Instant expiry = T0.plusSeconds(60);
    assertTrue(store.markUsed("n-1", expiry));
    assertFalse(store.markUsed("n-1", expiry));
    assertTrue(store.markUsed("n-2", expiry), "other nonces are independent");

    clock.set(expiry); // the expiry instant itself is still remembered
    assertFalse(store.markUsed("n-1", expiry.plusSeconds(60)));

    clock.advance(Duration.ofMillis(1));
    assertTrue(store.markUsed("n-1", clock.instant().plusSeconds(60)), "forgotten after expiry");
    assertFalse(store.markUsed("n-1", clock.instant().plusSeconds(60)));
  }

  @Test
  void expiredEntriesAreEvicted() {
    for (int i = 0; i < 100; i++) {
      store.markUsed("short-" + i, T0.plusSeconds(10));
    }
    store.markUsed("long", T0.plusSeconds(3600));
    assertEquals(101, store.size());

    clock.advance(Duration.ofSeconds(11));
    assertEquals(1, store.evictExpired());
    assertFalse(store.markUsed("long", T0.plusSeconds(3600)));
  }

  @Test
  void markUsedSweepsOnceTheIntervalHasPassed() {
    InMemoryNonceStore sweeping = new InMemoryNonceStore(clock, Duration.ofSeconds(30));
    for (int i = 0; i < 50; i++) {
      sweeping.markUsed("n-" + i, T0.plusSeconds(5));
    }
    clock.advance(Duration.ofSeconds(10));
    sweeping.markUsed("fresh-1", clock.instant().plusSeconds(5));
    assertEquals(51, sweeping.size(), "no sweep before the interval");

    clock.advance(Duration.ofSeconds(30));
    sweeping.markUsed("fresh-2", clock.instant().plusSeconds(5));
    assertEquals(1, sweeping.size(), "only the entry just added is left");
  }

  @Test
  void exactlyOneOfManyConcurrentCallersWins() throws Exception {
    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 200; round++) {
        String nonce = "race-" + round;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          results.add(
              pool.submit(
                  () -> {
                    start.await();
                    return store.markUsed(nonce, T0.plusSeconds(60));
                  }));
        }
        start.countDown();
        int winners = 0;
        for (Future<Boolean> result : results) {
          winners += result.get() ? 1 : 0;
        }
        assertEquals(1, winners, "round " + round);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
