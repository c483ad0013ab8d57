package org.onewindow.it.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A bounded load through the balancer with a node's death in its middle (issue 17 item 3). Lanes of
 * different operations run side by side, one thread each, each a fixed number of operations — never
 * a duration. Once every lane has done its first third the node is killed, and no lane starts its
 * last third before the kill is done: whatever the machine's speed, every lane has operations
 * answered before the kill, operations in flight while it happens and operations after it. Each
 * lane records what it was answered; the test judges the records.
 */
final class BoundedLoad {

  /** One kind of operation, repeated {@link #operations()} times by one thread. */
  interface Lane {

    int operations();

    /**
     * Operation {@code i}, recorded with what it was answered; {@code killed} once the node's death
     * is done. Throws only for a broken test, never for a lost connection or a refusal.
     */
    void step(int i, boolean killed);
  }

  /** Bounds a run that no longer moves (a wedged cluster); not a measurement. */
  private static final Duration PATIENCE = Duration.ofMinutes(10);

  private BoundedLoad() {}

  /** Runs {@code lanes} to their end, calling {@code kill} once, a third of the way into each. */
  static void run(List<Lane> lanes, Runnable kill) throws Exception {
    CountDownLatch thirds = new CountDownLatch(lanes.size());
    CountDownLatch killed = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(lanes.size());
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Lane lane : lanes) {
        running.add(
            threads.submit(
                () -> {
                  drive(lane, thirds, killed);
                  return null;
                }));
      }
      if (!thirds.await(PATIENCE.toMinutes(), TimeUnit.MINUTES)) {
        throw new IllegalStateException("the lanes did not reach their first third");
      }
      for (Future<?> lane : running) {
        if (lane.isDone()) {
          lane.get(); // a lane that broke before the kill: its failure, and no kill
        }
      }
      kill.run();
      killed.countDown();
      for (Future<?> lane : running) {
        lane.get(PATIENCE.toMinutes(), TimeUnit.MINUTES);
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error failed) {
        throw failed; // a lane's assertion
      }
      throw e.getCause() instanceof Exception cause ? cause : e;
    } catch (TimeoutException e) {
      throw new IllegalStateException("a lane did not finish", e);
    } finally {
      threads.shutdownNow();
    }
  }

  private static void drive(Lane lane, CountDownLatch thirds, CountDownLatch killed)
      throws InterruptedException {
    int operations = lane.operations();
    boolean counted = false;
    try {
      for (int i = 0; i < operations; i++) {
        if (i == operations / 3) {
          thirds.countDown();
          counted = true;
        }
        if (i == 2 * operations / 3 && !killed.await(PATIENCE.toMinutes(), TimeUnit.MINUTES)) {
          throw new IllegalStateException("the node was not killed");
        }
        lane.step(i, killed.getCount() == 0);
      }
    } finally {
      if (!counted) {
        thirds.countDown(); // a lane that broke early must not keep the others waiting
      }
    }
  }
}
