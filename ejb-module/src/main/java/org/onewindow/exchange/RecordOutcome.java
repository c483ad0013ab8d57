package org.onewindow.exchange;

/** What an upsert did with one record. */
public enum RecordOutcome {
  /** Kept: inserted, or replacing an older version. */
  WRITTEN,
  /** Skipped: the platform already keeps this version or a newer one (idempotent re-delivery). */
  STALE,
  /** Refused, with its reason: missing or malformed fields, a key it may not use. Nothing kept. */
  REJECTED
}
