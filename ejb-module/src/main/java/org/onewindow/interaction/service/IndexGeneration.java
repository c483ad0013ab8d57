package org.onewindow.interaction.service;

/**
 * A number that changes whenever the search index may have changed, so that {@link QueryCache}
 * answers computed before are stale. The index changes in two ways:
 *
 * <ul>
 *   <li>this node wrote it ({@link #changed}: a feed batch taken, a rebuild);
 *   <li>another node wrote it, which matters with a shared engine (Elasticsearch): the feed cursor
 *       every node's {@code SearchIndexer} reads each tick has moved ({@link #feedAt}). The cursor
 *       row commits before the engine has the documents searchable, so a move also changes the
 *       generation at the tick after: an answer computed in between is not kept longer than that.
 * </ul>
 */
final class IndexGeneration {

  private volatile long current;
  private long lastCursor = -1;
  private boolean movedLastTick;

  /** The generation now. */
  long current() {
    return current;
  }

  /** The index was written on this node. */
  synchronized void changed() {
    current++;
  }

  /** The shared feed cursor as this tick read it. */
  synchronized void feedAt(long cursor) {
    boolean moved = cursor != lastCursor;
    if (moved || movedLastTick) {
      current++;
    }
    movedLastTick = moved;
    lastCursor = cursor;
  }
}
