package org.onewindow.appcenter.gateway;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * Per-app rate limits (003 6.2.4 b 限流): a token bucket per app key holding up to one second of
 * calls, refilled continuously. Per node: a cluster of n nodes behind a balancer admits up to n
 * times the limit, which is why the console's limit is stated per node (README).
 */
public final class RateLimiter {

  private static final Duration SECOND = Duration.ofSeconds(1);

  private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final LongSupplier nanoTime;

  public RateLimiter() {
    this(System::nanoTime);
  }

  /** With a clock of its own, for tests. */
  public RateLimiter(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  /**
   * Takes one call's token from the app's bucket.
   *
   * @param perSecond the app's limit; a changed limit applies from the next call
   * @return whether the call may go on
   */
  public boolean tryAcquire(String appKey, int perSecond) {
    return tryAcquire(appKey, perSecond, SECOND);
  }

  /**
   * Takes one call's token from the bucket of {@code key}, which holds up to {@code calls} tokens
   * and refills them over {@code period} (a test-mode app's 10 a minute: {@code key} then names its
   * own bucket, apart from the app's usual one).
   */
  public boolean tryAcquire(String key, int calls, Duration period) {
    double perNano = calls / (double) period.toNanos();
    return buckets
        .computeIfAbsent(key, k -> new Bucket(nanoTime.getAsLong(), calls))
        .take(nanoTime.getAsLong(), calls, perNano);
  }

  /** A bucket of up to {@code capacity} tokens; synchronized, held for nanoseconds. */
  private static final class Bucket {

    private double tokens;
    private long last;

    Bucket(long now, int capacity) {
      this.tokens = capacity;
      this.last = now;
    }

    synchronized boolean take(long now, int capacity, double perNano) {
      long elapsed = Math.max(0, now - last);
      last = now;
      tokens = Math.min(capacity, tokens + elapsed * perNano);
      if (tokens >= 1) {
        tokens -= 1;
        return true;
      }
      return false;
    }
  }
}
