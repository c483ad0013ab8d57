package org.onewindow.keycloak.realname;

import java.time.Duration;
import java.util.OptionalInt;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Real-name checks per user (003 Annex A 10027 认证失败次数超限，请稍后再试): at most {@link #LIMIT} mismatches
 * within any {@link #WINDOW}; past that the verifier is not asked again until the oldest of them is
 * a window old — so nobody can try name after name against one ID number, or spend the national
 * service's quota.
 *
 * <p>Each check first claims one of the user's {@link #LIMIT} slots in Keycloak's single-use store,
 * shared by the cluster, with {@code putIfAbsent} (atomic on every node), before the verifier is
 * asked: a mismatch keeps its slot until the store expires it a window later, a match frees them
 * all, and a check the verifier did not answer gives its slot back. Counting after the answer
 * instead (read the count, ask, write the count plus one) let concurrent submissions, on one node
 * or several, all pass the check and overwrite each other's count.
 */
final class RealNameAttempts {

  static final int LIMIT = 5;
  static final Duration WINDOW = Duration.ofMinutes(30);

  private static final String PREFIX = "onewindow-realname-attempt:";

  private final SingleUseObjectProvider store;

  RealNameAttempts(SingleUseObjectProvider store) {
    this.store = store;
  }

  /**
   * Takes one of the user's attempts before the verifier is asked.
   *
   * @return the slot taken, to give back with {@link #release}; empty when the user has used up the
   *     window's attempts (10027)
   */
  OptionalInt claim(String userId) {
    for (int slot = 1; slot <= LIMIT; slot++) {
      if (store.putIfAbsent(key(userId, slot), WINDOW.toSeconds())) {
        return OptionalInt.of(slot);
      }
    }
    return OptionalInt.empty();
  }

  /** The verifier gave no answer: the attempt does not count. */
  void release(String userId, int slot) {
    store.remove(key(userId, slot));
  }

  /** A verified user starts afresh. */
  void reset(String userId) {
    for (int slot = 1; slot <= LIMIT; slot++) {
      store.remove(key(userId, slot));
    }
  }

  private static String key(String userId, int slot) {
    return PREFIX + userId + ":" + slot;
  }
}
