package org.onewindow.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.onewindow.crypto.sm2.Sm2PublicKey;

/**
 * When a code token stands (000 8.1.2 k): signed by a key of the platform's, over exactly what it
 * carries; issued no later than now (with a minute's allowance for the clocks of two nodes); not
 * expired; and never issued for longer than {@link #MAX_LIFETIME}, whatever it says. A token that
 * stands is accepted once (HolderCodeUse): replay is the service's check, since it needs the
 * database.
 */
public final class HolderCodeRules {

  /** How long a code stands: minutes, so that a photo of a screen is soon worthless. */
  public static final Duration LIFETIME = Duration.ofMinutes(5);

  /** How long before its expiry the holder's page fetches the next code. */
  public static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofSeconds(60);

  /** No token of ours stands longer, even one signed so. */
  static final Duration MAX_LIFETIME = Duration.ofMinutes(10);

  /** The clocks of two nodes may differ this much. */
  static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

  private HolderCodeRules() {}

  /** What a verifier concludes about a token. */
  public enum Verdict {
    /** Signed by the platform, current, first seen now. */
    VALID,
    /** Not a token of ours, or changed after signing, or signed by no key of the platform's. */
    TAMPERED,
    /** Its time is over. */
    EXPIRED,
    /** Issued in the future, or for longer than any code stands. */
    NOT_YET_VALID,
    /** It stood, and was verified before: a copy. */
    REPLAYED
  }

  /**
   * The verdict on {@code token} at {@code now}, the replay aside.
   *
   * @param key the public key the token names, if the platform has it
   */
  public static Verdict judge(
      Optional<HolderCodeToken.Parsed> token, Optional<Sm2PublicKey> key, Instant now) {
    if (token.isEmpty() || key.isEmpty() || !token.get().signedBy(key.get())) {
      return Verdict.TAMPERED;
    }
    HolderCodeToken.Claims claims = token.get().claims();
    if (claims.issuedAt().isAfter(now.plus(CLOCK_SKEW))
        || claims.lifetime().isNegative()
        || claims.lifetime().compareTo(MAX_LIFETIME) > 0) {
      return Verdict.NOT_YET_VALID;
    }
    if (!now.isBefore(claims.expiresAt())) {
      return Verdict.EXPIRED;
    }
    return Verdict.VALID;
  }
}
