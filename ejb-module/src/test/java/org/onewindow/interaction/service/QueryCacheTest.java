package org.onewindow.interaction.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class QueryCacheTest {

  private final AtomicLong now = new AtomicLong(1_000);
  private final AtomicInteger searches = new AtomicInteger();
  private final QueryCache<String, String> cache = new QueryCache<>(5_000, 3, now::get);

  private Supplier<String> search(String q) {
    return () -> q + "#" + searches.incrementAndGet();
  }

  @Test
  void aQueryAskedAgainUnderTheSameGenerationIsSearchedOnce() {
    assertEquals("a#1", cache.get("a", 0, search("a")));
    now.addAndGet(5_000);
    assertEquals("a#1", cache.get("a", 0, search("a")));
    assertEquals(1, searches.get());
  }

  @Test
  void anIndexChangeMakesEveryKeptAnswerStale() {
    cache.get("a", 0, search("a"));
    cache.get("b", 0, search("b"));
    assertEquals("a#3", cache.get("a", 1, search("a")));
    assertEquals("b#4", cache.get("b", 1, search("b")));
    assertEquals("a#3", cache.get("a", 1, search("a")));
  }

  @Test
  void anAnswerOlderThanItsTimeToLiveIsSearchedAgain() {
    cache.get("a", 0, search("a"));
    now.addAndGet(5_001);
    assertEquals("a#2", cache.get("a", 0, search("a")));
  }

  @Test
  void whenFullStaleAnswersMakeRoomAndFreshOnesStay() {
    cache.get("a", 0, search("a"));
    cache.get("b", 0, search("b"));
    cache.get("c", 0, search("c"));
    // full of fresh answers: a new query is answered, not kept, and the kept ones stay
    assertEquals("d#4", cache.get("d", 0, search("d")));
    assertEquals("d#5", cache.get("d", 0, search("d")));
    assertEquals(3, cache.size());
    assertEquals("a#1", cache.get("a", 0, search("a")));
    // after an index change, the first new answer sweeps the stale ones out
    assertEquals("d#6", cache.get("d", 1, search("d")));
    assertEquals(1, cache.size());
    assertEquals("d#6", cache.get("d", 1, search("d")));
  }

  @Test
  void aFailedSearchKeepsNothing() {
    assertThrows(
        IllegalStateException.class,
        () ->
            cache.get(
                "a",
                0,
                () -> {
                  throw new IllegalStateException("index closed");
                }));
    assertEquals(0, cache.size());
    assertEquals("a#1", cache.get("a", 0, search("a")));
  }
}
