package org.onewindow.appcenter.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ExpiringCacheTest {

  private final AtomicLong now = new AtomicLong(1_000);
  private final AtomicInteger loads = new AtomicInteger();
  private final ExpiringCache<String, String> cache =
      new ExpiringCache<>(5_000, now::get, key -> key + "#" + loads.incrementAndGet());

  @Test
  void aValueIsLoadedOnceWithinItsTimeToLive() {
    assertEquals("a#1", cache.get("a"));
    now.addAndGet(5_000);
    assertEquals("a#1", cache.get("a"));
    assertEquals(1, loads.get());
  }

  @Test
  void anOlderValueIsLoadedAgain() {
    cache.get("a");
    now.addAndGet(5_001);
    assertEquals("a#2", cache.get("a"));
  }

  @Test
  void aForgottenValueIsLoadedAgainAtOnce() {
    cache.get("a");
    cache.forget("a");
    assertEquals("a#2", cache.get("a"));
  }

  @Test
  void aNewGenerationOfTheKeyLoadsAgainAtOnceOnEveryNode() {
    // The generations another node changes (GatewayDirectory: a replicated cache); this node's
    // cache was never told to forget.
    java.util.Map<String, Object> generations = new java.util.concurrent.ConcurrentHashMap<>();
    ExpiringCache<String, String> onThisNode =
        new ExpiringCache<>(
            5_000, now::get, key -> key + "#" + loads.incrementAndGet(), generations::get);
    assertEquals("a#1", onThisNode.get("a"));
    assertEquals("b#2", onThisNode.get("b"));
    assertEquals("a#1", onThisNode.get("a"), "kept while its generation stays");

    generations.put("a", 7L); // the other node changed "a"
    assertEquals("a#3", onThisNode.get("a"));
    assertEquals("a#3", onThisNode.get("a"));
    assertEquals("b#2", onThisNode.get("b"), "other keys keep their values");
  }

  @Test
  void aGenerationChangedWhileLoadingMakesTheLoadedValueStale() {
    // The change commits while this node reads the old row: the next call reads again.
    java.util.Map<String, Object> generations = new java.util.concurrent.ConcurrentHashMap<>();
    ExpiringCache<String, String> racing =
        new ExpiringCache<>(
            5_000,
            now::get,
            key -> {
              int load = loads.incrementAndGet();
              if (load == 1) {
                generations.put(key, 1L);
              }
              return key + "#" + load;
            },
            generations::get);
    assertEquals("a#1", racing.get("a"));
    assertEquals("a#2", racing.get("a"));
    assertEquals("a#2", racing.get("a"));
  }

  @Test
  void aValueLoadedWhileItWasForgottenIsNotKept() {
    // The load reads the old row; the change commits and forgets the entry before the load ends.
    AtomicInteger reads = new AtomicInteger();
    AtomicReference<ExpiringCache<String, String>> holder = new AtomicReference<>();
    holder.set(
        new ExpiringCache<>(
            5_000,
            now::get,
            key -> {
              int read = reads.incrementAndGet();
              if (read == 1) {
                holder.get().forget(key);
              }
              return key + "#" + read;
            }));

    assertEquals("a#1", holder.get().get("a"));
    assertEquals("a#2", holder.get().get("a"));
    assertEquals("a#2", holder.get().get("a"));
  }

  @Test
  void expiredEntriesAreSweptOutOncePerTimeToLive() {
    for (int i = 0; i < 50; i++) {
      cache.get("unknown-" + i);
    }
    assertEquals(50, cache.size());

    now.addAndGet(5_001);
    cache.get("b");

    assertEquals(1, cache.size());
  }

  @Test
  void pastItsBoundANewValueIsServedButNotKept() {
    ExpiringCache<String, String> small =
        new ExpiringCache<>(5_000, now::get, key -> key + "#" + loads.incrementAndGet(), 2);
    small.get("a");
    small.get("b");

    assertEquals("c#3", small.get("c"));
    assertEquals("c#4", small.get("c"));
    assertEquals(2, small.size());
    assertEquals("a#1", small.get("a"));
  }
}
