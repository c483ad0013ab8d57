package org.onewindow.casework.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A chunk's work shared by the caller and one helper: each index once, never a wait in vain. */
class SplitWorkTest {

  private final ExecutorService executor = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  @Test
  void everyIndexIsDoneOnceTheCallersFromTheBottomTheHelpersAboveTheBoundary() {
    int count = 20_000;
    AtomicIntegerArray done = new AtomicIntegerArray(count);
    Thread caller = Thread.currentThread();
    boolean[] byCaller = new boolean[count];
    SplitWork split =
        SplitWork.start(
            count,
            i -> {
              done.incrementAndGet(i);
              byCaller[i] = Thread.currentThread() == caller;
            },
            executor);

    split.runLow();
    int boundary = split.finish();

    for (int i = 0; i < count; i++) {
      assertEquals(1, done.get(i), "index " + i);
      assertEquals(i < boundary, byCaller[i], "index " + i + " of boundary " + boundary);
    }
  }

  @Test
  void aHelperThatNeverBeginsLeavesTheWholeRangeToTheCallerWithoutWaiting() {
    List<Runnable> neverRun = new ArrayList<>();
    AtomicIntegerArray done = new AtomicIntegerArray(500);
    SplitWork split = SplitWork.start(500, done::incrementAndGet, neverRun::add);

    split.runLow();

    assertEquals(500, split.finish());
    neverRun.forEach(Runnable::run); // begun late: finds nothing left
    for (int i = 0; i < 500; i++) {
      assertEquals(1, done.get(i));
    }
  }

  @Test
  void aRefusingExecutorLeavesTheWorkToTheCaller() {
    AtomicIntegerArray done = new AtomicIntegerArray(300);
    SplitWork split =
        SplitWork.start(
            300,
            done::incrementAndGet,
            task -> {
              throw new RejectedExecutionException("busy");
            });

    split.runLow();

    assertEquals(300, split.finish());
    assertEquals(1, done.get(299));
  }

  @Test
  void theHelpersFailureReachesTheCaller() {
    IllegalArgumentException broken = new IllegalArgumentException("broken record");
    SplitWork split =
        SplitWork.start(
            10_000,
            i -> {
              if (i == 9_999) {
                throw broken;
              }
            },
            task -> {
              Thread helper = new Thread(task);
              helper.start();
              try {
                helper.join(); // the helper runs first and meets the broken record at the top
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });

    split.runLow();

    assertSame(broken, assertThrows(IllegalArgumentException.class, split::finish));
  }
}
