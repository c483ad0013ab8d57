package org.onewindow.sync.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One record a department's business system staged for the platform (the exchange area as a
 * database table rather than a directory): read in {@code seq} order within a window on {@code
 * updatedAt}. The payload is the record as one JSON object with the exchange format's field names.
 */
@Entity
@Table(
    name = "ow_sync_staging",
    indexes = @Index(name = "ow_sync_staging_window", columnList = "feed, updatedAt"))
@IdClass(StagedRecord.Id.class)
public class StagedRecord {

  /** The primary key: feed and sequence. */
  public static class Id implements Serializable {
    private String feed;
    private long seq;

    @Override
    public boolean equals(Object other) {
      return other instanceof Id id && java.util.Objects.equals(feed, id.feed) && seq == id.seq;
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(feed, seq);
    }
  }

  @jakarta.persistence.Id
  @Column(length = 32)
  private String feed;

  @jakarta.persistence.Id private long seq;

  @Column(nullable = false, length = 128)
  private String recordKey;

  /** The source's version of the record. */
  @Column(nullable = false)
  private Instant version;

  @Column(nullable = false, length = 20_000)
  private String payload;

  /** When the row was staged: the incremental window's axis. */
  @Column(nullable = false)
  private Instant updatedAt;

  protected StagedRecord() {}

  public StagedRecord(
      String feed, long seq, String recordKey, Instant version, String payload, Instant updatedAt) {
    this.feed = feed;
    this.seq = seq;
    this.recordKey = recordKey;
    this.version = version;
    this.payload = payload;
    this.updatedAt = updatedAt;
  }

  public String getFeed() {
    return feed;
  }

  public long getSeq() {
    return seq;
  }

  public String getRecordKey() {
    return recordKey;
  }

  public Instant getVersion() {
    return version;
  }

  public String getPayload() {
    return payload;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
