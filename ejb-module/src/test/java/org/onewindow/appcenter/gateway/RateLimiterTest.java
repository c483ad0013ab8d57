package org.onewindow.appcenter.gateway;

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
}
