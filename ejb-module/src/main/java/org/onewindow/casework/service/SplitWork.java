package org.onewindow.casework.service;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.IntConsumer;

/**
 * Work over the indexes 0 to count − 1 shared by the calling thread, which takes them from the
 * bottom up, and one helper task, which takes them from the top down, until they meet. The caller
 * never waits for a helper that has not begun: should the executor's threads all be busy, the
 * caller does the whole range and the late helper finds nothing left — so a chunk can neither
 * deadlock on the shared executor nor wait behind other work. Each index is done exactly once; the
 * work writes to distinct slots only, and {@link #finish} makes the helper's writes visible.
 */
final class SplitWork {

  private final IntConsumer work;
  private final CountDownLatch helperDone = new CountDownLatch(1);
  private int low;
  private int high;
  private boolean ended;
  private boolean helperBegun;
  private volatile RuntimeException helperFailure;

  private SplitWork(int count, IntConsumer work) {
    this.work = work;
    this.high = count;
  }

  /** Offers the top of the range to a helper on {@code executor} (none if null). */
  static SplitWork start(int count, IntConsumer work, Executor executor) {
    SplitWork split = new SplitWork(count, work);
    if (executor != null) {
      try {
        executor.execute(split::help);
      } catch (RejectedExecutionException busy) {
        split.helperDone.countDown(); // the caller does it all
      }
    } else {
      split.helperDone.countDown();
    }
    return split;
  }

  /** The next index for the caller, bottom up, or −1 when the two have met. */
  synchronized int nextLow() {
    return low < high ? low++ : -1;
  }

  private synchronized int nextHigh() {
    return !ended && low < high ? --high : -1;
  }

  private void help() {
    synchronized (this) {
      if (ended) {
        helperDone.countDown();
        return;
      }
      helperBegun = true;
    }
    try {
      for (int index = nextHigh(); index >= 0; index = nextHigh()) {
        work.accept(index);
      }
    } catch (RuntimeException e) {
      helperFailure = e;
    } finally {
      helperDone.countDown();
    }
  }

  /** Runs the caller's part: every index it takes, bottom up. */
  void runLow() {
    for (int index = nextLow(); index >= 0; index = nextLow()) {
      work.accept(index);
    }
  }

  /**
   * Ends the sharing and waits for a helper that has begun; answers the first index the helper did
   * (the count if none). Rethrows the helper's failure.
   */
  int finish() {
    boolean wait;
    synchronized (this) {
      ended = true;
      wait = helperBegun;
    }
    if (wait) {
      try {
        helperDone.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the chunk's helper worked", e);
      }
    }
    if (helperFailure != null) {
      throw helperFailure;
    }
    synchronized (this) {
      return high;
    }
  }
}
