package org.onewindow.interaction.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onewindow.interaction.domain.QueryCount;

/**
 * The hot words counted from queries (000 8.1.2 c): each node adds up its queries in memory and
 * adds them to the shared counts every {@link #FLUSH_SECONDS} seconds, so a search never waits on a
 * counter row; the top of the shared counts is read again at most every {@link #TOP_MILLIS}. A node
 * that dies loses at most its last seconds' counts (docs/node-local-state.md).
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class HotWords {

  static final int FLUSH_SECONDS = 10;
  static final long TOP_MILLIS = 30_000;
  static final int MAX_HOT = 10;

  /** Distinct queries one node keeps between two flushes; more are not counted. */
  static final int MAX_PENDING = 10_000;

  private static final Logger LOG = Logger.getLogger(HotWords.class.getName());

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Inject Clock clock;

  private final ConcurrentHashMap<String, LongAdder> pending = new ConcurrentHashMap<>();

  private volatile List<String> top;
  private volatile long topAt;

  /** Counts one query that found something; long ones are no hot word. */
  public void count(String query) {
    if (query.length() > QueryCount.MAX_QUERY) {
      return;
    }
    LongAdder adder = pending.get(query);
    if (adder == null) {
      if (pending.size() >= MAX_PENDING) {
        return;
      }
      adder = pending.computeIfAbsent(query, q -> new LongAdder());
    }
    adder.increment();
  }

  /** The most searched queries, most first. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<String> top() {
    long now = System.currentTimeMillis();
    List<String> kept = top;
    if (kept != null && now - topAt < TOP_MILLIS) {
      return kept;
    }
    kept =
        em.createQuery(
                "select c.query from QueryCount c order by c.hits desc, c.query", String.class)
            .setMaxResults(MAX_HOT * 2)
            .getResultList();
    top = List.copyOf(kept);
    topAt = now;
    return top;
  }

  /** Adds this node's counts to the shared ones. */
  @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void flush() {
    if (pending.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    for (Map.Entry<String, LongAdder> e : pending.entrySet()) {
      long n = e.getValue().sumThenReset();
      if (n == 0) {
        pending.remove(e.getKey(), e.getValue());
        continue;
      }
      int updated =
          em.createQuery(
                  "update QueryCount c set c.hits = c.hits + :n, c.lastAt = :at where c.query = :q")
              .setParameter("n", n)
              .setParameter("at", now)
              .setParameter("q", e.getKey())
              .executeUpdate();
      if (updated == 0) {
        em.persist(new QueryCount(e.getKey(), n, now));
      }
    }
    try {
      em.flush();
    } catch (RuntimeException e) {
      // another node inserted the same new query in the meantime: these counts are lost, the
      // next ones add up
      LOG.log(Level.FINE, "hot word counts not written", e);
      throw e;
    }
  }

  /** Forgets the top so the next read is fresh (tests, after a flush). */
  public void refresh() {
    top = null;
  }
}
