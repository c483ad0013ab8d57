package org.onewindow.it.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.opentest4j.AssertionFailedError;

/**
 * The one way the tests wait for what the platform does on its own time — an alarm written after a
 * call, a batch run ending, a line the realm forwards, a server booting: look again every 200 ms
 * until the condition holds or the patience runs out. The patience only bounds a wait for a
 * resource that never comes; nothing is measured. (Pages in a browser wait through {@link
 * Browser#waitUntil}, Selenium's own loop.)
 */
public final class Poll {

  private static final Duration INTERVAL = Duration.ofMillis(200);

  private Poll() {}

  /** Whether {@code condition} holds within {@code patience}. */
  public static boolean eventually(Duration patience, BooleanSupplier condition) {
    return poll(patience, condition::getAsBoolean, Boolean::booleanValue).accepted();
  }

  /**
   * The first value {@code read} gives that {@code done} accepts, looking again until {@code
   * patience} is spent; then a failure naming {@code what} and the last value read.
   */
  public static <T> T until(Duration patience, Supplier<T> read, Predicate<T> done, String what) {
    Outcome<T> outcome = poll(patience, read, done);
    if (!outcome.accepted()) {
      throw new AssertionFailedError(what + "; last seen: " + outcome.last());
    }
    return outcome.last();
  }

  private record Outcome<T>(T last, boolean accepted) {}

  private static <T> Outcome<T> poll(Duration patience, Supplier<T> read, Predicate<T> done) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      T value = read.get();
      if (done.test(value)) {
        return new Outcome<>(value, true);
      }
      if (System.nanoTime() >= deadline) {
        return new Outcome<>(value, false);
      }
      try {
        Thread.sleep(INTERVAL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting", e);
      }
    }
  }
}
