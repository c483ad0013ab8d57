package org.onewindow.filing.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import org.onewindow.common.Localized;
import org.onewindow.common.Messages;
import org.onewindow.filing.domain.RecordFacts;
import org.onewindow.filing.domain.RecordStatus;

/**
 * What a public verification of a filing record found (issue 18 item 3), shown without a login: the
 * outcome with its own message, and — only when the platform's signature verified — what the record
 * states, so a reader can compare it with the paper or screen in hand.
 *
 * @param outcome what was found
 * @param message the outcome said in the reader's language
 * @param facts the platform's record, or null when the signature did not verify or none is kept
 * @param revokedAt when it was revoked, or null
 * @param revokeReason why, or empty
 */
public record VerificationView(
    RecordStatus outcome, String message, RecordFacts facts, Instant revokedAt, String revokeReason)
    implements Localized<VerificationView>, Serializable {

  static VerificationView of(
      RecordStatus outcome, RecordFacts facts, Instant revokedAt, String why) {
    return new VerificationView(
        outcome,
        Messages.text(outcome.labelKey(), Messages.PLATFORM_LOCALE),
        facts,
        revokedAt,
        why);
  }

  public boolean valid() {
    return outcome == RecordStatus.VALID;
  }

  @Override
  public VerificationView in(Locale locale) {
    return new VerificationView(
        outcome, Messages.text(outcome.labelKey(), locale), facts, revokedAt, revokeReason);
  }
}
