package org.onewindow.appcenter.gateway;

import java.io.Serializable;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * The counts 003 6.7.2 d asks of a key service, for one interface on this node: requests,
 * successes, failures, and the average and maximum time taken. Lock-free.
 */
public final class InterfaceStatistics {

  private final LongAdder requests = new LongAdder();
  private final LongAdder successes = new LongAdder();
  private final LongAdder failures = new LongAdder();
  private final LongAdder totalMicros = new LongAdder();
  private final LongAccumulator maxMicros = new LongAccumulator(Math::max, 0);

  /** One call that was answered (by the interface or by a refusal) after {@code micros}. */
  public void record(boolean success, long micros) {
    requests.increment();
    (success ? successes : failures).increment();
    totalMicros.add(micros);
    maxMicros.accumulate(micros);
  }

  /** Adds totals taken earlier (a usage write that failed and is retried). */
  public void add(Totals totals) {
    requests.add(totals.requests());
    successes.add(totals.successes());
    failures.add(totals.failures());
    totalMicros.add(totals.totalMicros());
    maxMicros.accumulate(totals.maxMicros());
  }

  /** The raw sums, as they are added up in the database. */
  public Totals totals() {
    return new Totals(
        requests.sum(), successes.sum(), failures.sum(), totalMicros.sum(), maxMicros.get());
  }

  /** A consistent-enough copy for display. */
  public Snapshot snapshot() {
    long count = requests.sum();
    return new Snapshot(
        count,
        successes.sum(),
        failures.sum(),
        count == 0 ? 0 : totalMicros.sum() / count / 1000.0,
        maxMicros.get() / 1000.0);
  }

  /** Sums in microseconds. */
  public record Totals(
      long requests, long successes, long failures, long totalMicros, long maxMicros) {}

  /**
   * Figures in milliseconds. Serializable: the console's gateway page keeps them in its view state,
   * which a distributable session replicates to the other nodes.
   */
  public record Snapshot(
      long requests, long successes, long failures, double averageMillis, double maxMillis)
      implements Serializable {}
}
