package org.onewindow.crypto.replay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link NonceStore} in this JVM's memory, for a single node and for tests. Thread-safe.
 *
 * <p>Entries are evicted once their expiry has passed, in a sweep that runs at most once per sweep
 * interval, piggy-backed on {@link #markUsed} so no background thread is needed. Memory is bounded
 * by the number of <em>authenticated</em> values seen within one expiry window, because callers
 * record values only after checking their signatures.
 *
 * <p>Give it the same {@link Clock} as the ticket opener or request verifier that uses it: the
 * store decides what has expired by its own clock.
 */
public final class InMemoryNonceStore implements NonceStore {

  /** How often expired entries are swept out unless told otherwise. */
  public static final Duration DEFAULT_SWEEP_INTERVAL = Duration.ofSeconds(30);

  private final ConcurrentHashMap<String, Instant> seen = new ConcurrentHashMap<>();
  private final Clock clock;
  private final long sweepIntervalMillis;
  private final AtomicLong nextSweepMillis;

  /** A store on the system clock (UTC). */
  public InMemoryNonceStore() {
    this(Clock.systemUTC());
  }

  public InMemoryNonceStore(Clock clock) {
    this(clock, DEFAULT_SWEEP_INTERVAL);
  }

  public InMemoryNonceStore(Clock clock, Duration sweepInterval) {
    this.clock = Objects.requireNonNull(clock, "clock");
    if (sweepInterval.isNegative()) {
      throw new IllegalArgumentException("the sweep interval cannot be negative");
    }
    this.sweepIntervalMillis = sweepInterval.toMillis();
    this.nextSweepMillis = new AtomicLong(clock.millis() + sweepIntervalMillis);
  }

  @Override
  public boolean markUsed(String nonce, Instant expiresAt) {
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Instant now = clock.instant();
    sweepIfDue(now);
    boolean[] fresh = {false};
    // compute() runs atomically per key, so two threads racing on one nonce cannot both win.
    seen.compute(
        nonce,
        (key, previous) -> {
          if (previous != null && !previous.isBefore(now)) {
            return previous; // still remembered: a replay
          }
          fresh[0] = true;
          return expiresAt;
        });
    return fresh[0];
  }

  /** Removes every entry whose expiry has passed; returns how many remain. */
  public int evictExpired() {
    Instant now = clock.instant();
    // The map's removeIf removes an entry only if it still holds the value tested, so an entry
    // that markUsed refreshes meanwhile survives.
    seen.entrySet().removeIf(entry -> entry.getValue().isBefore(now));
    return seen.size();
  }

  /** How many values are remembered, expired ones included until the next sweep. */
  public int size() {
    return seen.size();
  }

  private void sweepIfDue(Instant now) {
    long due = nextSweepMillis.get();
    // Only the thread that moves the deadline sweeps; the others carry on at once.
    if (now.toEpochMilli() >= due
        && nextSweepMillis.compareAndSet(due, now.toEpochMilli() + sweepIntervalMillis)) {
      evictExpired();
    }
  }
}
