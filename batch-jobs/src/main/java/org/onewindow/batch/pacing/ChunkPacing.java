package org.onewindow.batch.pacing;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.concurrent.TimeUnit;

/**
 * Holds each chunk back until its turn, so a step processes at most {@code itemsPerSecond} items a
 * second on average (0: no pacing). A long job run in office hours — a verification over millions
 * of audit records, a sync to an upper platform with a rate agreement — then leaves the database
 * and the upstream to the people using them. It waits before the chunk reads anything, so no
 * connection or lock is held while it waits.
 */
@Named
@Dependent
public class ChunkPacing extends AbstractChunkListener {

  @Inject
  @BatchProperty(name = "itemsPerSecond")
  private String itemsPerSecond;

  @Inject
  @BatchProperty(name = "chunkSize")
  private String chunkSize;

  private long nextChunkAt;

  @Override
  public void beforeChunk() throws InterruptedException {
    long rate = parse(itemsPerSecond);
    if (rate <= 0) {
      return;
    }
    long interval = TimeUnit.SECONDS.toNanos(Math.max(1, parse(chunkSize))) / rate;
    long now = System.nanoTime();
    if (nextChunkAt == 0) {
      nextChunkAt = now;
    }
    long wait = nextChunkAt - now;
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
    nextChunkAt = Math.max(nextChunkAt, now) + interval;
  }

  private static long parse(String value) {
    try {
      return value == null ? 0 : Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
