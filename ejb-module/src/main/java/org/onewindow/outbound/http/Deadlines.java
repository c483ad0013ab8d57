package org.onewindow.outbound.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * The whole-exchange deadline, which HttpClient does not have: its timeouts bound one connect and
 * one read, so a server that trickles a byte at a time would hold the caller for as long as it
 * likes. At the deadline, the exchange is cancelled (its connection closed); the caller sees the
 * failure and that the deadline fired.
 *
 * <p>One sweeper thread per client looks at the running exchanges every {@link #TICK_NANOS}, so a
 * deadline fires at most a tick late. Starting and stopping a watch only adds to and removes from a
 * concurrent set: no thread is woken per exchange. A timer per exchange (a scheduled task) woke its
 * thread on every schedule and cancel — three futex calls and a context switch per gateway call,
 * measured with strace — and cost the gateway a tenth of its throughput on two cores. The sweeper
 * ends after {@link #IDLE_NANOS} with nothing to watch; the next watch starts another.
 */
final class Deadlines implements AutoCloseable {

  /** How late a deadline may fire, at most (plus the scheduler's own lateness). */
  static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

  /** How long the sweeper stays with nothing to watch before it ends. */
  static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(30);

  private final String threadName;
  private final long idleNanos;
  private final Set<Watch> running = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean sweeping = new AtomicBoolean();
  private volatile boolean closed;
  private volatile Thread sweeper;

  Deadlines(String threadName) {
    this(threadName, IDLE_NANOS);
  }

  Deadlines(String threadName, long idleNanos) {
    this.threadName = threadName;
    this.idleNanos = idleNanos;
  }

  /**
   * Runs {@code cancel} at the deadline (at most a tick later) unless the watch is stopped first.
   */
  Watch watch(long deadlineNanos, Runnable cancel) {
    Watch watch = new Watch(deadlineNanos, cancel);
    running.add(watch);
    if (!sweeping.get() && sweeping.compareAndSet(false, true)) {
      startSweeper();
    }
    return watch;
  }

  /** Exchanges watched now (what the tests observe). */
  int watched() {
    return running.size();
  }

  /** Whether a sweeper thread is running now. */
  boolean sweeping() {
    return sweeping.get();
  }

  @Override
  public void close() {
    closed = true;
    running.clear();
    Thread thread = sweeper;
    if (thread != null) {
      LockSupport.unpark(thread);
    }
  }

  private void startSweeper() {
    Thread thread = new Thread(this::sweep, threadName);
    thread.setDaemon(true);
    sweeper = thread;
    thread.start();
  }

  private void sweep() {
    long busySince = System.nanoTime();
    while (!closed) {
      LockSupport.parkNanos(TICK_NANOS);
      long now = System.nanoTime();
      if (!running.isEmpty()) {
        busySince = now;
        for (Watch watch : running) {
          if (now - watch.deadlineNanos >= 0) {
            watch.fire();
          }
        }
      } else if (now - busySince > idleNanos && endsIdle()) {
        return;
      }
    }
    sweeping.set(false);
  }

  /**
   * Ends this sweeper unless a watch came in meanwhile: a watch that found the sweeper still
   * running started none, so this one carries on for it (the set is written before the flag is read
   * in {@link #watch}, and the flag before the set here).
   */
  private boolean endsIdle() {
    sweeping.set(false);
    return running.isEmpty() || !sweeping.compareAndSet(false, true);
  }

  /** One exchange's deadline. */
  final class Watch {
    private final long deadlineNanos;
    private final Runnable cancel;
    private volatile boolean fired;

    private Watch(long deadlineNanos, Runnable cancel) {
      this.deadlineNanos = deadlineNanos;
      this.cancel = cancel;
    }

    /** Whether the deadline passed and the exchange was cancelled. */
    boolean fired() {
      return fired;
    }

    /** Ends the watch: after this, the deadline never fires for it. */
    void stop() {
      running.remove(this);
    }

    /** Only one of stop and fire takes the watch out of the set: a stopped one never fires. */
    private void fire() {
      if (running.remove(this)) {
        fired = true; // before the cancel, so the exchange that fails of it finds it set
        cancel.run();
      }
    }
  }
}
