package org.onewindow.appcenter.gateway;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Values loaded on first use and kept for a fixed time, then loaded again: the gateway's view of
 * interfaces and apps, so that a call costs no database read while a change made on another node
 * still shows within the time to live. Two callers missing at once may both load; the later value
 * wins, which is harmless for read-only views.
 *
 * <p>A change made on any node can also show at once: given a <em>generation</em> per key (a value
 * every node reads, which the changing node replaces — the gateway's is a replicated cache), a
 * value is served only while its key's generation is the one read before it was loaded.
 *
 * <p>Three bounds hold whatever the callers do (docs/node-local-state.md):
 *
 * <ul>
 *   <li>Time: no value is served more than the time to live after the read that produced it began,
 *       so a change committed on another node shows within it. Measure it on a monotonic clock
 *       ({@link #monotonicMillis}): a wall clock stepped back would keep old values for as long as
 *       the step.
 *   <li>Forgetting: a load that was under way when {@link #forget} was called may have read the old
 *       row; its value is returned to its caller but not kept, so the next call loads afresh.
 *   <li>Size: every caller-chosen key is kept, unknown ones included (the gateway looks up the app
 *       key of an unsigned call before its signature is checked), so expired entries are swept out
 *       once per time to live and at most {@link #MAX_ENTRIES} are kept; past that a new value is
 *       returned without being kept until the sweep makes room.
 * </ul>
 */
public final class ExpiringCache<K, V> {

  /** The most entries kept: far more apps and interfaces than a platform has. */
  public static final int MAX_ENTRIES = 100_000;

  private final long ttlMillis;
  private final LongSupplier clockMillis;
  private final Function<K, V> loader;
  private final Function<K, Object> generation;
  private final int maxEntries;
  private final ConcurrentMap<K, Loaded<V>> entries = new ConcurrentHashMap<>();

  /** Counts {@link #forget} calls, so that a load can tell that one happened while it read. */
  private final AtomicLong forgets = new AtomicLong();

  private final AtomicLong nextSweep;

  private record Loaded<V>(V value, long loadedAt, Object generation) {}

  /** Values that change only through {@link #forget} on this node or by age. */
  public ExpiringCache(long ttlMillis, LongSupplier clockMillis, Function<K, V> loader) {
    this(ttlMillis, clockMillis, loader, key -> null, MAX_ENTRIES);
  }

  /**
   * Values that also change when {@code generation} of their key does (null: never changed, or
   * forgotten long ago); it is read on every {@link #get}, so it must be cheap.
   */
  public ExpiringCache(
      long ttlMillis,
      LongSupplier clockMillis,
      Function<K, V> loader,
      Function<K, Object> generation) {
    this(ttlMillis, clockMillis, loader, generation, MAX_ENTRIES);
  }

  /** With a size bound of its own, for tests. */
  ExpiringCache(long ttlMillis, LongSupplier clockMillis, Function<K, V> loader, int maxEntries) {
    this(ttlMillis, clockMillis, loader, key -> null, maxEntries);
  }

  private ExpiringCache(
      long ttlMillis,
      LongSupplier clockMillis,
      Function<K, V> loader,
      Function<K, Object> generation,
      int maxEntries) {
    this.ttlMillis = ttlMillis;
    this.clockMillis = clockMillis;
    this.loader = loader;
    this.generation = generation;
    this.maxEntries = maxEntries;
    this.nextSweep = new AtomicLong(clockMillis.getAsLong() + ttlMillis);
  }

  /** Milliseconds from an arbitrary origin that never go back, whatever the wall clock does. */
  public static long monotonicMillis() {
    return System.nanoTime() / 1_000_000;
  }

  /** The value, loaded now if it was never loaded or is older than the time to live. */
  public V get(K key) {
    Loaded<V> cached = entries.get(key);
    long now = clockMillis.getAsLong();
    // Read before loading: a change between this read and the load makes the value stale at once.
    Object current = generation.apply(key);
    if (cached != null
        && now - cached.loadedAt() <= ttlMillis
        && Objects.equals(cached.generation(), current)) {
      return cached.value();
    }
    sweepIfDue(now);
    long forgetsBefore = forgets.get();
    Loaded<V> loaded = new Loaded<>(loader.apply(key), now, current);
    if (entries.size() < maxEntries || cached != null) {
      entries.put(key, loaded);
      // A forget that came while loading may have removed the entry before the put above: take
      // the value out again, as the forget meant (only this value, not a newer one).
      if (forgets.get() != forgetsBefore) {
        entries.remove(key, loaded);
      }
    }
    return loaded.value();
  }

  /** Drops the value so that the next {@link #get} loads it again: a change made on this node. */
  public void forget(K key) {
    forgets.incrementAndGet(); // before the removal: a load in flight then cannot keep its value
    entries.remove(key);
  }

  /** Entries kept now, expired ones not yet swept included (what the tests observe). */
  int size() {
    return entries.size();
  }

  private void sweepIfDue(long now) {
    long due = nextSweep.get();
    if (now - due >= 0 && nextSweep.compareAndSet(due, now + ttlMillis)) {
      entries.values().removeIf(loaded -> now - loaded.loadedAt() > ttlMillis);
    }
  }
}
