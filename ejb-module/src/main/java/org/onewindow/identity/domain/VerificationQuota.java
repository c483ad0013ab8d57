package org.onewindow.identity.domain;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.ConcurrentMap;
import org.onewindow.crypto.Sm3;

/**
 * How often one verifier may have enterprise / personal codes verified (000 8.1.2 k): at most
 * {@link #PER_MINUTE} verifications in any minute per verifier — the signed-in account, else the
 * client's address — so nobody can try tokens or read holders in bulk through the public page or
 * its API. Beyond it the platform answers 10019 系统业务繁忙，建议稍后重试 (003 Annex A; 429, as the gateway's
 * 限流 of 003 6.2.4 b) and verifies nothing.
 *
 * <p>Each verification claims one of the verifier's {@link #PER_MINUTE} slots in {@code slots}, a
 * map shared by every node (the replicated cache {@code onewindow/holder-code-verifications}): a
 * slot is free when absent or claimed a minute ago or more, and is claimed with {@code putIfAbsent}
 * or {@code replace} — value-carrying operations, decided once cluster-wide, so two nodes cannot
 * both take the last slot. The map's keys are SM3 digests of the verifier, never its name or
 * address.
 */
public final class VerificationQuota {

  /** Verifications one verifier may have in any minute: a counter clerk scans one every 2 s. */
  public static final int PER_MINUTE = 30;

  /** The window: a slot is free again this long after it was claimed. */
  public static final Duration WINDOW = Duration.ofMinutes(1);

  private final ConcurrentMap<String, Long> slots;
  private final int limit;

  public VerificationQuota(ConcurrentMap<String, Long> slots) {
    this(slots, PER_MINUTE);
  }

  VerificationQuota(ConcurrentMap<String, Long> slots, int limit) {
    this.slots = slots;
    this.limit = limit;
  }

  /**
   * Claims a slot of {@code verifier} at {@code now}.
   *
   * @return false when the verifier had {@link #PER_MINUTE} verifications in the last minute
   */
  public boolean take(String verifier, Instant now) {
    String base = digest(verifier);
    long at = now.toEpochMilli();
    for (int slot = 1; slot <= limit; slot++) {
      String key = base + ":" + slot;
      Long claimed = slots.get(key); // a local read of the replicated map: skip busy slots cheaply
      if (claimed == null) {
        if (slots.putIfAbsent(key, at) == null) {
          return true;
        }
      } else if (at - claimed >= WINDOW.toMillis() && slots.replace(key, claimed, at)) {
        return true;
      }
    }
    return false;
  }

  /** The verifier as the map knows it: 16 bytes of SM3, Base64url. */
  static String digest(String verifier) {
    byte[] digest =
        Sm3.digest(("holder-code-verifier\n" + verifier).getBytes(StandardCharsets.UTF_8));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
  }
}
