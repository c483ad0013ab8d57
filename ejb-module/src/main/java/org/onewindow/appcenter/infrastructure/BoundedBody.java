package org.onewindow.appcenter.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A response body read up to a byte limit and a deadline. java.net.http's request timeout stops at
 * the response headers; a server that sends headers and then trickles the body would hold the
 * caller forever, so a timer closes the stream at the deadline, which wakes the blocked read.
 */
final class BoundedBody {

  enum State {
    COMPLETE,
    TOO_LARGE,
    TIMED_OUT,
    FAILED
  }

  /**
   * One daemon timer for all calls: it only closes streams, so it never blocks. (In WildFly a
   * managed scheduler would be the purist's choice; this thread does no application work.)
   */
  private static final ScheduledExecutorService DEADLINES = deadlines();

  private final State state;
  private final byte[] bytes;

  private BoundedBody(State state, byte[] bytes) {
    this.state = state;
    this.bytes = bytes;
  }

  State state() {
    return state;
  }

  /**
   * Reads at most {@code maxBytes + 1} bytes, just enough to know a body is too large, and closes
   * the stream in every case.
   *
   * @param deadline a {@link System#nanoTime()} value
   */
  static BoundedBody read(InputStream in, int maxBytes, long deadline) {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      closeQuietly(in);
      return new BoundedBody(State.TIMED_OUT, new byte[0]);
    }
    AtomicBoolean expired = new AtomicBoolean();
    ScheduledFuture<?> alarm =
        DEADLINES.schedule(
            () -> {
              expired.set(true);
              closeQuietly(in);
            },
            remaining,
            TimeUnit.NANOSECONDS);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int limit = maxBytes + 1;
    try (in) {
      while (out.size() < limit) {
        int n = in.read(buffer, 0, Math.min(buffer.length, limit - out.size()));
        if (n < 0) {
          break;
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      return new BoundedBody(expired.get() ? State.TIMED_OUT : State.FAILED, new byte[0]);
    } finally {
      alarm.cancel(false);
    }
    if (out.size() > maxBytes) {
      return new BoundedBody(State.TOO_LARGE, new byte[0]);
    }
    return new BoundedBody(State.COMPLETE, out.toByteArray());
  }

  /** The body as text in the Content-Type's charset; UTF-8 when none or an unknown one is named. */
  String text(List<String> contentType) {
    return new String(bytes, charsetOf(contentType == null ? List.of() : contentType));
  }

  static Charset charsetOf(List<String> contentType) {
    for (String value : contentType) {
      for (String part : value.split(";")) {
        String[] pair = part.strip().split("=", 2);
        if (pair.length == 2 && pair[0].strip().toLowerCase(Locale.ROOT).equals("charset")) {
          String name = pair[1].strip().replace("\"", "");
          try {
            return Charset.forName(name);
          } catch (IllegalArgumentException e) {
            // IllegalCharsetName or UnsupportedCharset: show the text as UTF-8 rather than nothing.
            return StandardCharsets.UTF_8;
          }
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // Closing only releases the connection; there is nothing to report.
    }
  }

  private static ScheduledExecutorService deadlines() {
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = Executors.defaultThreadFactory().newThread(task);
              thread.setName("onewindow-upstream-deadline");
              thread.setDaemon(true);
              return thread;
            });
    // Most alarms are cancelled long before they fire; do not keep them queued until then.
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }
}
