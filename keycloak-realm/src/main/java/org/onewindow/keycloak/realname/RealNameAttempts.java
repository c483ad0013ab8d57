package org.onewindow.keycloak.realname;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Failed real-name checks per user (003 Annex A 10027 认证失败次数超限，请稍后再试): after {@link #LIMIT}
 * mismatches within {@link #WINDOW} of the first, the verifier is not asked again until the window
 * ends — so nobody can try name after name against one ID number, or spend the national service's
 * quota. Kept in Keycloak's single-use store, shared by the cluster and forgotten when the window
 * ends.
 */
final class RealNameAttempts {

  static final int LIMIT = 5;
  static final Duration WINDOW = Duration.ofMinutes(30);

  private static final String PREFIX = "onewindow-realname-failures:";
  private static final String COUNT = "count";
  private static final String SINCE = "since";

  private final SingleUseObjectProvider store;
  private final Clock clock;

  RealNameAttempts(SingleUseObjectProvider store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Whether the user has used up the window's attempts. */
  boolean exhausted(String userId) {
    Map<String, String> notes = current(userId);
    return notes != null && Integer.parseInt(notes.get(COUNT)) >= LIMIT;
  }

  /** Counts one mismatch; the window starts at the first. */
  void recordFailure(String userId) {
    Map<String, String> notes = current(userId);
    long now = clock.millis();
    long since = notes == null ? now : Long.parseLong(notes.get(SINCE));
    int count = notes == null ? 1 : Integer.parseInt(notes.get(COUNT)) + 1;
    long remaining = Math.max(1, (since + WINDOW.toMillis() - now + 999) / 1000);
    store.put(
        PREFIX + userId,
        remaining,
        Map.of(COUNT, Integer.toString(count), SINCE, Long.toString(since)));
  }

  /** A verified user starts afresh. */
  void reset(String userId) {
    store.remove(PREFIX + userId);
  }

  /** The window's notes, or null when none is open (also when the store has not expired it yet). */
  private Map<String, String> current(String userId) {
    Map<String, String> notes = store.get(PREFIX + userId);
    if (notes == null || !notes.containsKey(COUNT) || !notes.containsKey(SINCE)) {
      return null;
    }
    return clock.millis() - Long.parseLong(notes.get(SINCE)) >= WINDOW.toMillis() ? null : notes;
  }
}
