package org.onewindow.ops.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.onewindow.crypto.Sm3;

/**
 * One link of the append-only audit chain. {@code digest} is the SM3 digest, Base64url (003 6.3.2.3
 * d), of this record's fields and its predecessor's digest, so changing or removing any record
 * breaks every digest after it ({@link AuditTrailService#verify()} finds where).
 */
@Entity
@Table(name = "ow_audit_record")
public class AuditRecord {

  /** The digest before the first record. */
  static final String GENESIS = "";

  /** Position in the chain, from 1, without gaps. */
  @Id private long sequence;

  @Column(nullable = false)
  private Instant occurredAt;

  @Column(nullable = false)
  private Instant recordedAt;

  @Column(nullable = false, length = AuditEvent.MAX_TEXT)
  private String source;

  @Column(nullable = false, length = AuditEvent.MAX_TEXT)
  private String type;

  @Column(nullable = false, length = AuditEvent.MAX_TEXT)
  private String actor;

  @Column(nullable = false, length = AuditEvent.MAX_TEXT)
  private String outcome;

  @Column(nullable = false, length = AuditEvent.MAX_DETAIL)
  private String detail;

  @Column(nullable = false, length = 64)
  private String previousDigest;

  @Column(nullable = false, length = 64)
  private String digest;

  protected AuditRecord() {}

  /** The record that follows {@code previousDigest} at {@code sequence}. */
  static AuditRecord chain(
      long sequence, String previousDigest, AuditEvent event, Instant recordedAt) {
    AuditRecord record = new AuditRecord();
    record.sequence = sequence;
    // The digest covers milliseconds, and a database keeps microseconds at most, rounding what it
    // drops: an instant of x.xxx9995 s would come back a millisecond later and break the chain.
    record.occurredAt = event.occurredAt().truncatedTo(ChronoUnit.MILLIS);
    record.recordedAt = recordedAt.truncatedTo(ChronoUnit.MILLIS);
    record.source = event.source();
    record.type = event.type();
    record.actor = event.actor();
    record.outcome = event.outcome();
    record.detail = event.detail();
    record.previousDigest = previousDigest;
    record.digest = record.computeDigest();
    return record;
  }

  /** The digest the fields call for now; differs from {@link #digest()} once anything changed. */
  String computeDigest() {
    // Length-prefixed fields: no two different records share a canonical text.
    StringBuilder canonical = new StringBuilder();
    for (String field :
        new String[] {
          Long.toString(sequence),
          Long.toString(occurredAt.toEpochMilli()),
          Long.toString(recordedAt.toEpochMilli()),
          source,
          type,
          actor,
          outcome,
          detail,
          previousDigest
        }) {
      canonical.append(field.length()).append(':').append(field).append('\n');
    }
    return Sm3.base64UrlDigest(canonical.toString());
  }

  long sequence() {
    return sequence;
  }

  String digest() {
    return digest;
  }

  String previousDigest() {
    return previousDigest;
  }

  AuditRecordView view() {
    return new AuditRecordView(
        sequence, occurredAt, recordedAt, source, type, actor, outcome, detail, digest);
  }
}
