package org.onewindow.batch.sync;

import java.time.Instant;

/**
 * An incremental window on the records' {@code updated_at}: [since, until), from the job parameters
 * {@code since} and {@code until} (epoch seconds; open-ended where absent).
 */
record Window(Instant since, Instant until) {

  static Window of(String since, String until) {
    return new Window(
        blank(since) ? Instant.EPOCH : Instant.ofEpochSecond(Long.parseLong(since.strip())),
        blank(until) ? Instant.MAX : Instant.ofEpochSecond(Long.parseLong(until.strip())));
  }

  boolean contains(Instant at) {
    return !at.isBefore(since) && at.isBefore(until);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
