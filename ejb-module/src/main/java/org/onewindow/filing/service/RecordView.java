package org.onewindow.filing.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import org.onewindow.common.Localized;
import org.onewindow.filing.domain.RecordFacts;
import org.onewindow.filing.domain.RecordStatus;

/**
 * A filing record as the platform keeps it: the signed facts, the signature, where it stands now.
 *
 * @param facts what it states
 * @param signature the SM2 signature, Base64 (DER)
 * @param status where it stands now
 * @param statusLabel the same in the reader's language
 * @param revokedAt when it was revoked, or null
 * @param revokeReason why, or empty
 */
public record RecordView(
    RecordFacts facts,
    String signature,
    RecordStatus status,
    String statusLabel,
    Instant revokedAt,
    String revokeReason)
    implements Localized<RecordView>, Serializable {

  public String filingNumber() {
    return facts.filingNumber();
  }

  @Override
  public RecordView in(Locale locale) {
    return new RecordView(facts, signature, status, status.label(locale), revokedAt, revokeReason);
  }
}
