package org.onewindow.appcenter.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Per-app token buckets (003 6.2.4 b), on a clock the test moves. */
class RateLimiterTest {

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final RateLimiter limiter = new RateLimiter(now::get);

  @Test
  void anAppGetsItsLimitPerSecondAndThenWaits() {
    for (int i = 0; i < 3; i++) {
      assertTrue(limiter.tryAcquire("app-a", 3), "call " + i);
    }
    assertFalse(limiter.tryAcquire("app-a", 3));
    now.addAndGet(1_000_000_000L / 3 + 1);
    assertTrue(limiter.tryAcquire("app-a", 3));
    assertFalse(limiter.tryAcquire("app-a", 3));
  }

  @Test
  void appsHaveBucketsOfTheirOwn() {
    assertTrue(limiter.tryAcquire("app-a", 1));
    assertFalse(limiter.tryAcquire("app-a", 1));
    assertTrue(limiter.tryAcquire("app-b", 1));
  }

  @Test
  void anIdleAppDoesNotSaveUpMoreThanOneSecond() {
    assertTrue(limiter.tryAcquire("app-a", 2));
    now.addAndGet(60_000_000_000L);
    assertTrue(limiter.tryAcquire("app-a", 2));
    assertTrue(limiter.tryAcquire("app-a", 2));
    assertFalse(limiter.tryAcquire("app-a", 2));
  }

  @Test
  void aLoweredLimitAppliesAtTheNextCall() {
    assertTrue(limiter.tryAcquire("app-a", 50));
    assertTrue(limiter.tryAcquire("app-a", 1));
    assertFalse(limiter.tryAcquire("app-a", 1));
  }

  @Test
  void aBucketPerMinuteHoldsItsCallsAndRefillsOverTheMinute() {
    java.time.Duration minute = java.time.Duration.ofMinutes(1);
    for (int i = 0; i < 10; i++) {
      assertTrue(limiter.tryAcquire("test:app-a", 10, minute), "call " + i);
    }
    assertFalse(limiter.tryAcquire("test:app-a", 10, minute));
    now.addAndGet(1_000_000_000L);
    assertFalse(limiter.tryAcquire("test:app-a", 10, minute), "a second refills a sixth of one");
    now.addAndGet(5_001_000_000L);
    assertTrue(limiter.tryAcquire("test:app-a", 10, minute), "six seconds refill one");
    assertFalse(limiter.tryAcquire("test:app-a", 10, minute));
    assertTrue(limiter.tryAcquire("app-a", 50), "the app's usual bucket is its own");
  }

  @Test
  void nNodesBehindARoundRobinBalancerAdmitNTimesTheLimit() {
    // The documented effective limit (docs/node-local-state.md): each node keeps its own bucket,
    // so two nodes sharing an app's calls admit twice its per-node limit, and one node, once the
    // other dies, admits the limit alone.
    RateLimiter[] nodes = {new RateLimiter(now::get), new RateLimiter(now::get)};
    int admitted = 0;
    for (int call = 0; call < 20; call++) {
      if (nodes[call % nodes.length].tryAcquire("app-a", 5)) {
        admitted++;
      }
    }
    assertEquals(10, admitted);

    now.addAndGet(1_000_000_000L);
    int survivor = 0;
    for (int call = 0; call < 20; call++) {
      if (nodes[0].tryAcquire("app-a", 5)) {
        survivor++;
      }
    }
    assertEquals(5, survivor);
  }
}
