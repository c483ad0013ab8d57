package org.onewindow.identity.service;

import java.time.Instant;
import java.util.Locale;
import org.onewindow.common.Messages;
import org.onewindow.identity.domain.HolderCodeRules.Verdict;

/**
 * The outcome of verifying a code (000 8.1.2 k): the verdict said plainly and, when the token was
 * ours and unchanged, what it says of its holder — masked, as the token carries it. {@code
 * firstVerifiedAt} is set for a replay.
 */
public record HolderCodeCheck(
    Verdict verdict,
    String message,
    String kind,
    String holder,
    String maskedName,
    Integer level,
    Instant issuedAt,
    Instant expiresAt,
    Instant firstVerifiedAt) {

  /** The same outcome with its message in {@code locale}'s language. */
  public HolderCodeCheck in(Locale locale) {
    return new HolderCodeCheck(
        verdict,
        Messages.text("identity.code.verdict." + verdict.name(), locale),
        kind,
        holder,
        maskedName,
        level,
        issuedAt,
        expiresAt,
        firstVerifiedAt);
  }

  /** Whether the code stands. */
  public boolean valid() {
    return verdict == Verdict.VALID;
  }
}
