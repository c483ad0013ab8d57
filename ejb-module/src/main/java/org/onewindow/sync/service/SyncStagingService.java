package org.onewindow.sync.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.onewindow.sync.domain.StagedRecord;

/**
 * The staging table ({@code ow_sync_staging}): the exchange area as database rows a department's
 * business system inserts (004 7.1), read by the inbound jobs in sequence order within an
 * incremental window on the time a row was staged.
 */
@Stateless
@PermitAll
public class SyncStagingService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  /**
   * The rows of a feed after {@code afterSeq} staged in [{@code since}, {@code until}), oldest
   * sequence first, at most {@code limit}.
   */
  public List<StagedRow> rows(String feed, long afterSeq, Instant since, Instant until, int limit) {
    return em.createQuery(
            "select new org.onewindow.sync.service.StagedRow(s.seq, s.payload)"
                + " from StagedRecord s where s.feed = :feed and s.seq > :after"
                + " and s.updatedAt >= :since and s.updatedAt < :until order by s.seq",
            StagedRow.class)
        .setParameter("feed", feed)
        .setParameter("after", afterSeq)
        .setParameter("since", since)
        .setParameter("until", until)
        .setMaxResults(limit)
        .getResultList();
  }

  /** How many rows of a feed after {@code afterSeq} lie in the window: the reader's total. */
  public long count(String feed, long afterSeq, Instant since, Instant until) {
    return em.createQuery(
            "select count(s) from StagedRecord s where s.feed = :feed and s.seq > :after"
                + " and s.updatedAt >= :since and s.updatedAt < :until",
            Long.class)
        .setParameter("feed", feed)
        .setParameter("after", afterSeq)
        .setParameter("since", since)
        .setParameter("until", until)
        .getSingleResult();
  }

  /** Stages a row (the tests' and demo's stand-in for a department's system). */
  public void stage(
      String feed, long seq, String recordKey, Instant version, String payload, Instant at) {
    em.persist(new StagedRecord(feed, seq, recordKey, version, payload, at));
  }
}
