package org.onewindow.sync.service;

import java.io.Serializable;
import java.time.Instant;
import org.onewindow.sync.domain.SyncCursor;

/**
 * Where an outbound feed stands.
 *
 * @param feed the feed with its target ({@code exchange:case-basic}, {@code upward:catalogue})
 * @param position the last change sequence delivered
 * @param batches the batches delivered; the next batch is number {@code batches + 1}
 * @param records the records delivered
 * @param updatedAt when it last moved; null if never
 */
public record SyncCursorView(
    String feed, long position, long batches, long records, Instant updatedAt)
    implements Serializable {

  static SyncCursorView of(SyncCursor cursor) {
    return new SyncCursorView(
        cursor.getFeed(),
        cursor.getPosition(),
        cursor.getBatches(),
        cursor.getRecords(),
        cursor.getUpdatedAt());
  }

  /** The number the next batch carries. */
  public long nextBatch() {
    return batches + 1;
  }
}
