package org.onewindow.keycloak.realname;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.models.SingleUseObjectProvider;

/** 003 Annex A 10027: five mismatches per window, counted per user, forgotten after it. */
class RealNameAttemptsTest {

  /** Keycloak's single-use store as a map (lifespans are the store's business, not tested here). */
  private static final class MapStore implements SingleUseObjectProvider {
    final Map<String, Map<String, String>> entries = new HashMap<>();

    @Override
    public void put(String key, long lifespanSeconds, Map<String, String> notes) {
      entries.put(key, Map.copyOf(notes));
    }

    @Override
    public Map<String, String> get(String key) {
      return entries.get(key);
    }

    @Override
    public Map<String, String> remove(String key) {
      return entries.remove(key);
    }

    @Override
    public boolean replace(String key, Map<String, String> notes) {
      return entries.replace(key, notes) != null;
    }

    @Override
    public boolean putIfAbsent(String key, long lifespanInSeconds) {
      return entries.putIfAbsent(key, Map.of()) == null;
    }

    @Override
    public boolean contains(String key) {
      return entries.containsKey(key);
    }

    @Override
    public void close() {}
  }

  private final MapStore store = new MapStore();
  private Instant now = Instant.parse("2026-11-22T08:00:00Z");

  private RealNameAttempts attempts() {
    return new RealNameAttempts(store, Clock.fixed(now, ZoneOffset.UTC));
  }

  @Test
  void theFifthMismatchExhaustsTheUserNotOthers() {
    for (int i = 1; i < RealNameAttempts.LIMIT; i++) {
      attempts().recordFailure("u1");
      assertFalse(attempts().exhausted("u1"), "after " + i);
    }
    attempts().recordFailure("u1");
    assertTrue(attempts().exhausted("u1"));
    assertFalse(attempts().exhausted("u2"));
  }

  @Test
  void theWindowEndsThirtyMinutesAfterTheFirstMismatch() {
    for (int i = 0; i < RealNameAttempts.LIMIT; i++) {
      attempts().recordFailure("u1");
      now = now.plus(Duration.ofMinutes(5));
    }
    assertTrue(attempts().exhausted("u1"));
    now = Instant.parse("2026-11-22T08:30:00Z");
    assertFalse(attempts().exhausted("u1"));
    attempts().recordFailure("u1");
    assertFalse(attempts().exhausted("u1"), "a new window starts with one");
  }

  @Test
  void aSuccessStartsAfresh() {
    for (int i = 0; i < RealNameAttempts.LIMIT; i++) {
      attempts().recordFailure("u1");
    }
    attempts().reset("u1");
    assertFalse(attempts().exhausted("u1"));
  }
}
