package org.onewindow.interaction.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.onewindow.interaction.domain.SearchEntry;

/**
 * Keeps the search index current: every {@link #PERIOD_SECONDS} seconds it takes the implementation
 * feed's new changes ({@link SearchFeedReader}), a batch per transaction, for at most {@link
 * #MAX_BATCHES} batches a run; and once after start it rebuilds a local index found emptier than
 * the entries (a node's new or lost index directory). A published or withdrawn matter is found or
 * gone within seconds, without anyone reindexing by hand.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchIndexer {

  static final int PERIOD_SECONDS = 2;
  static final int MAX_BATCHES = 50;
  static final long CHECK_MILLIS = 60_000;

  private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @EJB private SearchFeedReader reader;

  @EJB private SearchCaches caches;

  /** One run at a time on this node: a long catch-up must not be joined by the next tick. */
  private final AtomicBoolean running = new AtomicBoolean();

  private volatile long checkedAt;

  @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void follow() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      if (System.currentTimeMillis() - checkedAt > CHECK_MILLIS) {
        rebuildIfBehind();
        checkedAt = System.currentTimeMillis();
      }
      for (int i = 0; i < MAX_BATCHES; i++) {
        int taken = reader.takeNext();
        if (taken > 0) {
          caches.indexChanged(); // committed and written: answers kept before are stale
        }
        if (taken < SearchFeedReader.BATCH) {
          break; // else the next batch at once: a backlog is taken in as fast as the index writes
        }
      }
      // another node may have taken batches: with a shared engine they are in this node's answers
      caches.feedAt(reader.cursor());
    } finally {
      running.set(false);
    }
  }

  private void rebuildIfBehind() {
    long entries =
        em.createQuery("select count(e) from SearchEntry e", Long.class).getSingleResult();
    if (entries == 0) {
      return;
    }
    long indexed =
        Search.session(em).search(SearchEntry.class).where(f -> f.matchAll()).fetchTotalHitCount();
    if (indexed < entries) {
      LOG.info("Rebuilding the search index: " + indexed + " of " + entries + " entries indexed");
      try {
        Search.session(em).massIndexer(SearchEntry.class).startAndWait();
        caches.indexChanged();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
