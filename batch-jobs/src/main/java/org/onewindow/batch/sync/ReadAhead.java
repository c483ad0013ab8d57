package org.onewindow.batch.sync;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.onewindow.batch.sync.format.RawRecord;
import org.onewindow.batch.sync.format.RecordSource;

/**
 * A file's records parsed on another thread, up to {@link #AHEAD} records before the step takes
 * them: while a chunk's records are written (the database busy), the next chunk's are parsed — the
 * parsing was the step's largest share of Java time, with the database idle meanwhile. The records
 * come out in the file's order and the step's position stays the records it took, so checkpoints
 * and restarts are as without it; what was parsed but not taken when the step stops is dropped.
 */
final class ReadAhead implements RecordSource {

  /** Records parsed before the step takes them: one largest chunk. */
  static final int AHEAD = 5_000;

  /** Marks the end of the file in the queue. */
  private static final RawRecord END = RawRecord.malformed(-1, "end", "");

  private final RecordSource source;
  private final Executor executor;
  private final BlockingQueue<RawRecord> queue = new ArrayBlockingQueue<>(AHEAD);
  private CompletableFuture<Void> reading;
  private volatile boolean closed;
  private volatile Throwable failure;
  private boolean ended;

  ReadAhead(RecordSource source, Executor executor) {
    this.source = source;
    this.executor = executor;
  }

  /** Passes over records before the reading ahead begins (a restart's position). */
  @Override
  public long skip(long count) throws IOException {
    if (reading != null) {
      throw new IllegalStateException("skip only before the first record");
    }
    return source.skip(count);
  }

  @Override
  public RawRecord next() throws IOException {
    if (ended) {
      return null;
    }
    if (reading == null) {
      reading = CompletableFuture.runAsync(this::readAll, executor);
    }
    RawRecord next;
    try {
      while ((next = queue.poll(1, TimeUnit.SECONDS)) == null) {
        if (reading.isDone() && queue.isEmpty()) {
          reading.join(); // the reading task died without its end mark: say why
          throw new IOException("the reading ahead stopped without an end");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the next record");
    }
    if (next == END) {
      ended = true;
      if (failure instanceof IOException unreadable) {
        throw unreadable;
      }
      if (failure != null) {
        throw new IOException(failure);
      }
      return null;
    }
    return next;
  }

  private void readAll() {
    try {
      RawRecord record;
      while (!closed && (record = source.next()) != null) {
        put(record);
      }
    } catch (IOException | RuntimeException e) {
      failure = e;
    } finally {
      put(END);
    }
  }

  private void put(RawRecord record) {
    try {
      while (!closed && !queue.offer(record, 1, TimeUnit.SECONDS)) {
        // the step is writing a chunk: wait for room
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closed = true;
    }
  }

  /** Stops the reading ahead, waits for it to let go of the file, and closes the file. */
  @Override
  public void close() throws IOException {
    closed = true;
    if (reading != null) {
      queue.clear(); // room for a put under way, which then sees closed
      try {
        reading.join();
      } catch (RuntimeException e) {
        // its failure was for the records; closing goes on
      }
    }
    try {
      source.close();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
