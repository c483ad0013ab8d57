package org.onewindow.filing.domain;

import java.time.Instant;
import org.onewindow.common.Labelled;

/**
 * What a filing record's verification found (issue 18 item 3), in the order it is checked: the
 * record must be one the platform signed and still keeps, not revoked, and within its validity.
 * Each outcome has its own message ({@code filing.verification.<name>}).
 */
public enum RecordStatus implements Labelled {
  /** Signed by the platform, unchanged, not revoked, within its validity. */
  VALID,
  /** The signature does not match the record as presented: it was changed or forged. */
  TAMPERED,
  /** The platform keeps no record of that number. */
  UNKNOWN,
  /** A reviewer revoked it. */
  REVOKED,
  /** Its validity ended. */
  EXPIRED,
  /** Its validity has not begun. */
  NOT_YET_VALID;

  @Override
  public String labelKey() {
    return "filing.verification." + name();
  }

  /**
   * The status of a record whose signature verified, as the platform keeps it, at {@code now}.
   *
   * @param revokedAt when it was revoked, or null
   */
  public static RecordStatus of(RecordFacts facts, Instant revokedAt, Instant now) {
    if (revokedAt != null) {
      return REVOKED;
    }
    if (!now.isBefore(facts.validUntil())) {
      return EXPIRED;
    }
    if (now.isBefore(facts.validFrom())) {
      return NOT_YET_VALID;
    }
    return VALID;
  }
}
