package org.onewindow.outbound.http;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The whole-exchange deadline, which HttpClient does not have: its timeouts bound one connect and
 * one read, so a server that trickles a byte at a time would hold the caller for as long as it
 * likes. At the deadline, the exchange is cancelled (its connection closed); the caller sees the
 * failure and that the deadline fired. One timer thread per client, only while exchanges run.
 */
final class Deadlines implements AutoCloseable {

  private final ScheduledThreadPoolExecutor timer;

  Deadlines(String threadName) {
    timer =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = Executors.defaultThreadFactory().newThread(task);
              thread.setName(threadName);
              thread.setDaemon(true);
              return thread;
            });
    timer.setRemoveOnCancelPolicy(true); // almost every watch ends long before it fires
    timer.setKeepAliveTime(30, TimeUnit.SECONDS);
    timer.allowCoreThreadTimeOut(true); // no thread while nothing is watched
  }

  /** Runs {@code cancel} at the deadline unless the watch is stopped first. */
  Watch watch(long deadlineNanos, Runnable cancel) {
    Watch watch = new Watch();
    long delay = Math.max(0, deadlineNanos - System.nanoTime());
    watch.task =
        timer.schedule(
            () -> {
              watch.fired.set(true);
              cancel.run();
            },
            delay,
            TimeUnit.NANOSECONDS);
    return watch;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }

  /** One exchange's deadline. */
  static final class Watch {
    private final AtomicBoolean fired = new AtomicBoolean();
    private volatile ScheduledFuture<?> task;

    /** Whether the deadline passed and the exchange was cancelled. */
    boolean fired() {
      return fired.get();
    }

    void stop() {
      task.cancel(false);
    }
  }
}
