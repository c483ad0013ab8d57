package org.onewindow.keycloak.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Carries events to the platform on a thread of its own, so a login never waits for the audit
 * trail. At least once, never silently lost:
 *
 * <ul>
 *   <li>a failed delivery is retried, with the wait doubling up to {@link #MAX_BACKOFF};
 *   <li>while the platform is away the queue holds up to its capacity; past it new events are not
 *       queued but counted, and a catch-up is due;
 *   <li>a catch-up — at start (what a crash left undelivered) and after an overflow — asks the
 *       platform for its watermark and resends Keycloak's stored events from a margin before it.
 * </ul>
 *
 * The platform keeps each event id once, so resending is harmless.
 */
final class AuditOutbox implements Runnable {

  private static final Logger LOG = Logger.getLogger(AuditOutbox.class);

  static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
  static final int BATCH = 200;

  private final PlatformAuditChannel channel;
  private final StoredEvents store;
  private final BlockingQueue<ForwardedEvent> queue;
  private final Duration firstBackoff;
  private final Duration margin;
  private final Duration backfill;
  private final Clock clock;
  private final AtomicLong overflowed = new AtomicLong();

  private volatile boolean catchUpDue = true;
  private volatile boolean running = true;
  private Thread thread;

  /**
   * @param capacity events held while the platform is away
   * @param firstBackoff the first wait after a failed delivery
   * @param margin how far before the platform's watermark a catch-up starts (events of other
   *     Keycloak nodes, or queued in a different order, may be older than it)
   * @param backfill how far back a catch-up reaches when the platform holds nothing yet
   */
  AuditOutbox(
      PlatformAuditChannel channel,
      StoredEvents store,
      int capacity,
      Duration firstBackoff,
      Duration margin,
      Duration backfill,
      Clock clock) {
    this.channel = channel;
    this.store = store;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.firstBackoff = firstBackoff;
    this.margin = margin;
    this.backfill = backfill;
    this.clock = clock;
  }

  synchronized void start() {
    thread = new Thread(this, "onewindow-audit-outbox");
    thread.setDaemon(true);
    thread.start();
  }

  /** Queues an event; never blocks the caller. */
  void offer(ForwardedEvent event) {
    if (!queue.offer(event)) {
      catchUpDue = true;
      long lost = overflowed.incrementAndGet();
      if (lost == 1 || lost % 1000 == 0) {
        LOG.warnf(
            "audit outbox full: %d event(s) not queued; they will be resent from the event store",
            lost);
      }
    }
  }

  synchronized void stop() {
    running = false;
    if (thread != null) {
      thread.interrupt();
    }
  }

  @Override
  public void run() {
    Duration backoff = firstBackoff;
    List<ForwardedEvent> batch = new ArrayList<>();
    while (running) {
      try {
        if (catchUpDue) {
          catchUpDue = false;
          catchUp();
        }
        if (batch.isEmpty()) {
          ForwardedEvent first = queue.poll(1, TimeUnit.SECONDS);
          if (first == null) {
            continue;
          }
          batch.add(first);
          queue.drainTo(batch, BATCH - 1);
        }
        try {
          channel.deliver(batch);
          batch.clear();
        } catch (PlatformAuditChannel.RefusedBatchException e) {
          deliverSingly(batch);
        }
        backoff = firstBackoff;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (Exception e) {
        if (batch.isEmpty()) {
          catchUpDue = true; // the catch-up failed: try it again
        }
        LOG.warnf("audit events not delivered (%s); retrying in %d ms", e, backoff.toMillis());
        if (!pause(backoff)) {
          return;
        }
        backoff =
            backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0
                ? MAX_BACKOFF
                : backoff.multipliedBy(2);
      }
    }
  }

  /**
   * After the platform refused a batch as malformed: one event at a time, so only the event it
   * cannot read is dropped (logged by id; Keycloak's store keeps it) and no poison event blocks the
   * ones after it. Another failure stops here, with the rest still in the batch for the retry.
   */
  private void deliverSingly(List<ForwardedEvent> batch) throws Exception {
    while (!batch.isEmpty()) {
      ForwardedEvent event = batch.get(0);
      try {
        channel.deliver(List.of(event));
      } catch (PlatformAuditChannel.RefusedBatchException e) {
        LOG.errorf("audit event %s dropped: %s", event.id(), e.getMessage());
      }
      batch.remove(0);
    }
  }

  /** Resends, per kind, what the store holds from a margin before the platform's watermark. */
  private void catchUp() throws Exception {
    Map<String, Optional<Long>> watermarks = channel.watermark();
    long resent = 0;
    for (String kind : List.of(ForwardedEvent.USER, ForwardedEvent.ADMIN)) {
      long from =
          watermarks
              .get(kind)
              .map(mark -> mark - margin.toMillis())
              .orElse(clock.millis() - backfill.toMillis());
      for (int first = 0; ; first += BATCH) {
        List<ForwardedEvent> page = store.page(kind, from, first, BATCH);
        if (!page.isEmpty()) {
          channel.deliver(page);
          resent += page.size();
        }
        if (page.size() < BATCH) {
          break;
        }
      }
    }
    LOG.infof("audit catch-up: %d stored event(s) resent to the platform", resent);
  }

  private boolean pause(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
      return running;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
