package org.onewindow.interaction.service;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Answers of the search kept per query, so that the queries many people ask (the hot words, the
 * first letters of a name) cost one index search per change of the index, not one per call. A kept
 * answer is served only under the index generation read before it was computed ({@link
 * IndexGeneration}: a change of the index makes every answer stale at once) and for at most the
 * time to live (a safety bound on a monotonic clock). Two callers missing at once both compute; the
 * later answer is kept, which is harmless for read-only answers.
 *
 * <p>At most {@code maxEntries} answers are kept: when full, stale ones are swept out, and if none
 * is stale a new answer is returned without being kept — the answers kept first are the ones asked
 * most (docs/node-local-state.md).
 */
final class QueryCache<K, V> {

  private final long ttlMillis;
  private final int maxEntries;
  private final LongSupplier clockMillis;
  private final ConcurrentHashMap<K, Kept<V>> entries = new ConcurrentHashMap<>();

  private record Kept<V>(V value, long generation, long keptAt) {}

  QueryCache(long ttlMillis, int maxEntries, LongSupplier clockMillis) {
    this.ttlMillis = ttlMillis;
    this.maxEntries = maxEntries;
    this.clockMillis = clockMillis;
  }

  /** Milliseconds from an arbitrary origin that never go back, whatever the wall clock does. */
  static long monotonicMillis() {
    return System.nanoTime() / 1_000_000;
  }

  /**
   * The answer kept for {@code key} under {@code generation}, else {@code compute}'s, kept.
   *
   * @param generation the index generation read <em>before</em> computing: an index change while
   *     computing leaves the kept answer stale at the next call
   */
  V get(K key, long generation, Supplier<V> compute) {
    long now = clockMillis.getAsLong();
    Kept<V> kept = entries.get(key);
    if (kept != null && fresh(kept, generation, now)) {
      return kept.value();
    }
    V value = compute.get();
    if (kept != null || entries.size() < maxEntries || sweep(generation, now)) {
      entries.put(key, new Kept<>(value, generation, now));
    }
    return value;
  }

  /** Answers kept now, stale ones not yet swept included (what the tests observe). */
  int size() {
    return entries.size();
  }

  private boolean fresh(Kept<V> kept, long generation, long now) {
    return kept.generation() == generation && now - kept.keptAt() <= ttlMillis;
  }

  /** Takes out the stale answers; whether there is room now. */
  private boolean sweep(long generation, long now) {
    entries.values().removeIf(kept -> !fresh(kept, generation, now));
    return entries.size() < maxEntries;
  }
}
