package org.onewindow.batch.sync.format;

import java.io.Closeable;
import java.io.IOException;

/** The records of one file, in order. Not thread-safe. */
public interface RecordSource extends Closeable {

  /**
   * The next record (possibly a malformed one, after which reading goes on where the format
   * allows), or null at the end. A format that cannot resynchronise after an error (a JSON array,
   * XML) answers one malformed record and then the end.
   */
  RawRecord next() throws IOException;

  /** Passes over {@code count} records (a restart's position); fewer if the file ends first. */
  default long skip(long count) throws IOException {
    long skipped = 0;
    while (skipped < count && next() != null) {
      skipped++;
    }
    return skipped;
  }
}
