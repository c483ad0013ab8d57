package org.onewindow.keycloak.realname;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.keycloak.models.SingleUseObjectProvider;

/** 003 Annex A 10027: five mismatches per window, counted per user, each forgotten after it. */
class RealNameAttemptsTest {

  /** Keycloak's single-use store as a map whose entries lapse after their lifespan. */
  private final class MapStore implements SingleUseObjectProvider {
    private record Entry(Map<String, String> notes, Instant expires) {}

    final Map<String, Entry> entries = new HashMap<>();

    private Entry live(String key) {
      Entry entry = entries.get(key);
      if (entry != null && !now.isBefore(entry.expires())) {
        entries.remove(key);
        return null;
      }
      return entry;
    }

    @Override
    public void put(String key, long lifespanSeconds, Map<String, String> notes) {
      entries.put(key, new Entry(Map.copyOf(notes), now.plusSeconds(lifespanSeconds)));
    }

    @Override
    public Map<String, String> get(String key) {
      Entry entry = live(key);
      return entry == null ? null : entry.notes();
    }

    @Override
    public Map<String, String> remove(String key) {
      Entry entry = live(key);
      entries.remove(key);
      return entry == null ? null : entry.notes();
    }

    @Override
    public boolean replace(String key, Map<String, String> notes) {
      Entry entry = live(key);
      return entry != null && entries.put(key, new Entry(notes, entry.expires())) != null;
    }

    @Override
    public boolean putIfAbsent(String key, long lifespanInSeconds) {
      if (live(key) != null) {
        return false;
      }
      entries.put(key, new Entry(Map.of(), now.plusSeconds(lifespanInSeconds)));
      return true;
    }

    @Override
    public boolean contains(String key) {
      return live(key) != null;
    }

    @Override
    public void close() {}
  }

  private final MapStore store = new MapStore();
  private final RealNameAttempts attempts = new RealNameAttempts(store);
  private Instant now = Instant.parse("2026-11-22T08:00:00Z");

  @Test
  void theSixthCheckIsRefusedForTheUserNotOthers() {
    for (int i = 1; i <= RealNameAttempts.LIMIT; i++) {
      assertTrue(attempts.claim("u1").isPresent(), "check " + i);
    }
    assertTrue(attempts.claim("u1").isEmpty());
    assertTrue(attempts.claim("u2").isPresent());
  }

  @Test
  void checksUnderWayCountBeforeTheVerifierAnswers() {
    // Concurrent submissions each claim first: the sixth is refused although no answer came yet,
    // where reading a count, asking and writing the count afterwards let all of them through.
    OptionalInt[] underWay = new OptionalInt[RealNameAttempts.LIMIT + 3];
    for (int i = 0; i < underWay.length; i++) {
      underWay[i] = attempts.claim("u1");
    }
    long asked = Arrays.stream(underWay).filter(OptionalInt::isPresent).count();
    assertEquals(RealNameAttempts.LIMIT, asked);
  }

  @Test
  void eachMismatchIsForgottenAWindowAfterIt() {
    for (int i = 0; i < RealNameAttempts.LIMIT; i++) {
      attempts.claim("u1");
      now = now.plus(Duration.ofMinutes(5));
    }
    assertTrue(attempts.claim("u1").isEmpty(), "five within 25 minutes");
    now = Instant.parse("2026-11-22T08:30:00Z");
    assertTrue(attempts.claim("u1").isPresent(), "the first is a window old");
    assertTrue(attempts.claim("u1").isEmpty(), "the other four are not");
  }

  @Test
  void aCheckWithoutAnAnswerDoesNotCount() {
    for (int i = 0; i < RealNameAttempts.LIMIT; i++) {
      int slot = attempts.claim("u1").getAsInt();
      attempts.release("u1", slot);
    }
    assertTrue(attempts.claim("u1").isPresent());
  }

  @Test
  void aSuccessStartsAfresh() {
    for (int i = 0; i < RealNameAttempts.LIMIT; i++) {
      attempts.claim("u1");
    }
    attempts.reset("u1");
    assertFalse(attempts.claim("u1").isEmpty());
  }
}
