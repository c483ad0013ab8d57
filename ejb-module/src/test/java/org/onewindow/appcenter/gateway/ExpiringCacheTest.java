package org.onewindow.appcenter.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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
}
