package org.onewindow.outbound.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The whole-exchange deadline's sweeper (see {@link Deadlines}). */
class DeadlinesTest {

  private final Deadlines deadlines = new Deadlines("test-deadline", 0);

  @AfterEach
  void close() {
    deadlines.close();
  }

  @Test
  void aPassedDeadlineCancelsItsExchangeAndSaysSo() throws InterruptedException {
    CountDownLatch cancelled = new CountDownLatch(1);
    Deadlines.Watch watch = deadlines.watch(System.nanoTime(), cancelled::countDown);
    assertTrue(cancelled.await(10, TimeUnit.SECONDS), "the deadline never fired");
    assertTrue(watch.fired());
    assertEquals(0, deadlines.watched(), "a fired watch is no longer watched");
  }

  @Test
  void aStoppedWatchNeverFires() throws InterruptedException {
    AtomicInteger stoppedCancels = new AtomicInteger();
    Deadlines.Watch stopped =
        deadlines.watch(System.nanoTime() + 1_000_000, stoppedCancels::incrementAndGet);
    stopped.stop();
    // A later deadline firing means the sweeper has passed the stopped one's deadline too.
    CountDownLatch later = new CountDownLatch(1);
    deadlines.watch(System.nanoTime() + 2_000_000, later::countDown);
    assertTrue(later.await(10, TimeUnit.SECONDS));
    assertEquals(0, stoppedCancels.get());
    assertFalse(stopped.fired());
    assertEquals(0, deadlines.watched());
  }

  @Test
  void aWatchAfterTheSweeperEndedStartsAnother() throws InterruptedException {
    CountDownLatch first = new CountDownLatch(1);
    deadlines.watch(System.nanoTime(), first::countDown);
    assertTrue(first.await(10, TimeUnit.SECONDS));
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (deadlines.sweeping() && System.nanoTime() < giveUp) {
      Thread.onSpinWait(); // no idle time: the sweeper ends on its next tick
    }
    assertFalse(deadlines.sweeping(), "an idle sweeper ends");
    CountDownLatch second = new CountDownLatch(1);
    deadlines.watch(System.nanoTime(), second::countDown);
    assertTrue(second.await(10, TimeUnit.SECONDS), "no sweeper for a watch after an idle end");
  }
}
