package org.onewindow.appcenter.gateway;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Values loaded on first use and kept for a fixed time, then loaded again: the gateway's view of
 * interfaces and apps, so that a call costs no database read while a change made on another node
 * still shows within the time to live. Two callers missing at once may both load; the later value
 * wins, which is harmless for read-only views.
 */
public final class ExpiringCache<K, V> {

  private final long ttlMillis;
  private final LongSupplier clockMillis;
  private final Function<K, V> loader;
  private final ConcurrentMap<K, Loaded<V>> entries = new ConcurrentHashMap<>();

  private record Loaded<V>(V value, long loadedAt) {}

  public ExpiringCache(long ttlMillis, LongSupplier clockMillis, Function<K, V> loader) {
    this.ttlMillis = ttlMillis;
    this.clockMillis = clockMillis;
    this.loader = loader;
  }

  /** The value, loaded now if it was never loaded or is older than the time to live. */
  public V get(K key) {
    Loaded<V> cached = entries.get(key);
    long now = clockMillis.getAsLong();
    if (cached == null || now - cached.loadedAt() > ttlMillis) {
      cached = new Loaded<>(loader.apply(key), now);
      entries.put(key, cached);
    }
    return cached.value();
  }

  /** Drops the value so that the next {@link #get} loads it again: a change made on this node. */
  public void forget(K key) {
    entries.remove(key);
  }
}
