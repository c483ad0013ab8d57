package org.onewindow.outbound.http;

import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Idle kept-alive connections by key (scheme, authority and pinned address: a connection is only
 * reused for the very address a later call was checked against). Most recently used first, so a
 * busy interface keeps a few hot connections and the rest expire. Expired ones are closed when met,
 * and all of them at least every {@link #SWEEP_NANOS}, so an interface nobody calls any more does
 * not keep sockets open.
 */
final class ConnectionPool implements AutoCloseable {

  private static final long SWEEP_NANOS = 10_000_000_000L;

  private final int maxIdlePerKey;
  private final Map<String, Idle> idle = new ConcurrentHashMap<>();
  private final AtomicLong nextSweep = new AtomicLong(System.nanoTime() + SWEEP_NANOS);

  ConnectionPool(int maxIdlePerKey) {
    this.maxIdlePerKey = maxIdlePerKey;
  }

  /** A live idle connection for the key, or {@code null}. */
  Connection take(String key) {
    Idle connections = idle.get(key);
    if (connections == null) {
      return null;
    }
    long now = System.nanoTime();
    for (Connection c = connections.poll(); c != null; c = connections.poll()) {
      if (!c.expired(now)) {
        return c;
      }
      c.close();
    }
    return null;
  }

  /** Keeps the connection for reuse until {@code idleUntilNanos}, or closes it when full. */
  void give(Connection connection, long idleUntilNanos) {
    connection.idleUntil(idleUntilNanos);
    Idle connections = idle.computeIfAbsent(connection.key(), k -> new Idle());
    if (!connections.offer(connection, maxIdlePerKey)) {
      connection.close();
    }
    long now = System.nanoTime();
    long due = nextSweep.get();
    if (now - due >= 0 && nextSweep.compareAndSet(due, now + SWEEP_NANOS)) {
      idle.values().forEach(c -> c.closeExpired(now));
    }
  }

  /** Idle connections kept now, over all keys. */
  int idleCount() {
    return idle.values().stream().mapToInt(c -> c.count.get()).sum();
  }

  @Override
  public void close() {
    idle.values().forEach(c -> c.closeExpired(Long.MAX_VALUE));
    idle.clear();
  }

  /** One key's idle connections: a deque and its size (a concurrent deque's size is a walk). */
  private static final class Idle {
    private final Deque<Connection> connections = new ConcurrentLinkedDeque<>();
    private final AtomicInteger count = new AtomicInteger();

    Connection poll() {
      Connection c = connections.pollFirst();
      if (c != null) {
        count.decrementAndGet();
      }
      return c;
    }

    boolean offer(Connection c, int max) {
      if (count.incrementAndGet() > max) {
        count.decrementAndGet();
        return false;
      }
      connections.offerFirst(c);
      return true;
    }

    /** Closes expired connections from the cold end; with {@code Long.MAX_VALUE}, all of them. */
    void closeExpired(long now) {
      for (Connection c = connections.peekLast(); c != null; c = connections.peekLast()) {
        if (now != Long.MAX_VALUE && !c.expired(now)) {
          return;
        }
        if (connections.removeLastOccurrence(c)) {
          count.decrementAndGet();
          c.close();
        }
      }
    }
  }
}
