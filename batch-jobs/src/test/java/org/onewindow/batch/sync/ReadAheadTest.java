package org.onewindow.batch.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.batch.sync.format.RawRecord;
import org.onewindow.batch.sync.format.RecordSource;

/** A file's records parsed ahead on another thread come out as the file has them. */
class ReadAheadTest {

  private final ExecutorService executor = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  @Test
  void theRecordsComeInTheFilesOrderBeyondWhatIsReadAheadThenTheEnd() throws IOException {
    int count = 3 * ReadAhead.AHEAD + 7;
    try (ReadAhead ahead = new ReadAhead(new Counting(count, -1), executor)) {
      for (int i = 1; i <= count; i++) {
        assertEquals(i, ahead.next().ordinal());
      }
      assertNull(ahead.next());
      assertNull(ahead.next());
    }
  }

  @Test
  void skippingBeforeTheFirstRecordResumesAtThePosition() throws IOException {
    try (ReadAhead ahead = new ReadAhead(new Counting(100, -1), executor)) {
      assertEquals(40, ahead.skip(40));
      assertEquals(41, ahead.next().ordinal());
      assertThrows(IllegalStateException.class, () -> ahead.skip(1));
    }
  }

  @Test
  void aFailureOfTheFileComesAfterTheRecordsBeforeIt() throws IOException {
    try (ReadAhead ahead = new ReadAhead(new Counting(100, 30), executor)) {
      for (int i = 1; i < 30; i++) {
        assertEquals(i, ahead.next().ordinal());
      }
      IOException failure = assertThrows(IOException.class, ahead::next);
      assertEquals("unreadable at 30", failure.getMessage());
    }
  }

  @Test
  void closingInTheMiddleStopsTheReadingAndClosesTheFile() throws IOException {
    Counting file = new Counting(10 * ReadAhead.AHEAD, -1);
    ReadAhead ahead = new ReadAhead(file, executor);
    assertEquals(1, ahead.next().ordinal());

    ahead.close();

    assertTrue(file.closed.get());
    assertTrue(file.read < 10 * ReadAhead.AHEAD, "read on after the close: " + file.read);
  }

  /** Records 1..count; a failure at {@code failAt} (or none for -1). */
  private static final class Counting implements RecordSource {
    private final int count;
    private final int failAt;
    private volatile int read;
    final AtomicBoolean closed = new AtomicBoolean();

    Counting(int count, int failAt) {
      this.count = count;
      this.failAt = failAt;
    }

    @Override
    public RawRecord next() throws IOException {
      if (closed.get()) {
        throw new IOException("read after close");
      }
      if (read == count) {
        return null;
      }
      read++;
      if (read == failAt) {
        throw new IOException("unreadable at " + read);
      }
      return RawRecord.of(read, Map.of("n", String.valueOf(read)), "");
    }

    @Override
    public void close() {
      closed.set(true);
    }
  }
}
