package org.onewindow.sync.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * How far one outbound feed has gone (004 7.3: incremental pushes): the last change sequence sent,
 * and how many batches and records so far. Advanced in the transaction that records the batch, so
 * that a crash never loses nor repeats one.
 */
@Entity
@Table(name = "ow_sync_cursor")
public class SyncCursor {

  /** The feed with its target, e.g. {@code exchange:case-basic} or {@code upward:catalogue}. */
  @Id
  @Column(length = 64)
  private String feed;

  /** The last change sequence delivered; 0 before the first. */
  @Column(nullable = false)
  private long position;

  /** Batches delivered; the next batch's number is one more. */
  @Column(nullable = false)
  private long batches;

  @Column(nullable = false)
  private long records;

  @Column(nullable = false)
  private Instant updatedAt;

  protected SyncCursor() {}

  public static SyncCursor start(String feed, Instant now) {
    SyncCursor cursor = new SyncCursor();
    cursor.feed = feed;
    cursor.updatedAt = now;
    return cursor;
  }

  /** Moves past one delivered batch. */
  public void advance(long lastSequence, long recordCount, Instant now) {
    if (lastSequence < position) {
      throw new IllegalArgumentException("a cursor never moves back: " + feed);
    }
    position = lastSequence;
    batches++;
    records += recordCount;
    updatedAt = now;
  }

  public String getFeed() {
    return feed;
  }

  public long getPosition() {
    return position;
  }

  public long getBatches() {
    return batches;
  }

  public long getRecords() {
    return records;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
