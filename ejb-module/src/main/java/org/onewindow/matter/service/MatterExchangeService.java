package org.onewindow.matter.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.Message;
import org.onewindow.exchange.ExchangeChange;
import org.onewindow.exchange.ExchangeRecord;
import org.onewindow.exchange.RecordResult;
import org.onewindow.matter.domain.CatalogueEntry;
import org.onewindow.matter.domain.CatalogueItem;
import org.onewindow.matter.domain.MatterFeed;
import org.onewindow.matter.domain.MatterVersion;

/**
 * The matter catalogue's side of the sync jobs (002 6.2 a–d; 004 7): the basic catalogue taken in
 * from the upper platform, and the feeds of the basic catalogue and the published implementation
 * lists for the exchange area and the upward report. Called by the batch jobs only, in the chunk's
 * transaction; field names in docs/wire-formats.md §6.
 *
 * <p>Feed numbers are taken under the feed's row lock in the writing transaction ({@link
 * MatterFeeds}), so they are committed in the order they are handed out.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class MatterExchangeService {

  /** The most changes one feed read returns, whatever the caller asks. */
  public static final int MAX_LIMIT = 1000;

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Inject Clock clock;

  public MatterExchangeService() {
    // for the container
  }

  /** On a given persistence context and clock (tests, outside the container). */
  MatterExchangeService(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  /**
   * Upserts basic-catalogue items by 基本编码 ({@code basic_code}) in the caller's transaction: a
   * record older than or as old as the one kept is STALE; one with missing or malformed fields is
   * REJECTED with its reason and changes nothing. One result per record, in order.
   */
  public List<RecordResult> upsertCatalogue(List<ExchangeRecord> records) {
    if (records.isEmpty()) {
      return List.of();
    }
    // The lock first: a writer that read "not kept" before another committed the same new code
    // would insert it twice.
    MatterFeed feed = new MatterFeeds(em).lock(MatterFeed.Name.CATALOGUE);
    Map<String, CatalogueItem> kept = existing(records);
    Instant now = clock.instant();
    List<RecordResult> results = new ArrayList<>(records.size());
    for (ExchangeRecord record : records) {
      CatalogueEntry entry;
      try {
        entry = entry(record);
      } catch (InvalidInputException e) {
        results.add(
            RecordResult.rejected(
                record.key(), e.text().orElse(Message.of("matter.exchange.rejected"))));
        continue;
      }
      CatalogueItem item = kept.get(entry.basicCode());
      if (item != null && !item.olderThan(record.version())) {
        results.add(RecordResult.stale(record.key()));
        continue;
      }
      if (item == null) {
        item = new CatalogueItem(entry, record.version(), now, feed.take());
        em.persist(item);
        kept.put(entry.basicCode(), item);
      } else {
        item.replace(entry, record.version(), now, feed.take());
      }
      results.add(RecordResult.written(record.key()));
    }
    return results;
  }

  /** The basic catalogue's changes after {@code afterSequence}, oldest first, at most limit. */
  public List<ExchangeChange> catalogueChanges(long afterSequence, int limit) {
    return em
        .createQuery(
            "select c from CatalogueItem c where c.feedSequence > :after order by c.feedSequence",
            CatalogueItem.class)
        .setParameter("after", afterSequence)
        .setMaxResults(bounded(limit))
        .getResultList()
        .stream()
        .map(c -> new ExchangeChange(c.getFeedSequence(), MatterRecords.catalogue(c)))
        .toList();
  }

  /**
   * The published implementation-list items' changes (a new published version, a withdrawal) after
   * {@code afterSequence}, oldest first, at most limit; key 实施编码 ({@code implementation_code}). A
   * version superseded since keeps its place: a reader that follows the feed ends with the newer
   * version, which comes later.
   */
  public List<ExchangeChange> implementationChanges(long afterSequence, int limit) {
    List<MatterVersion> versions =
        em.createQuery(
                "select v from MatterVersion v where v.feedSequence > :after"
                    + " order by v.feedSequence",
                MatterVersion.class)
            .setParameter("after", afterSequence)
            .setMaxResults(bounded(limit))
            .getResultList();
    return versions.stream()
        .map(v -> new ExchangeChange(v.getFeedSequence(), MatterRecords.implementation(v)))
        .toList();
  }

  /** The kept items of the records' codes, read in one query per chunk. */
  private Map<String, CatalogueItem> existing(List<ExchangeRecord> records) {
    Set<String> codes = new LinkedHashSet<>();
    records.forEach(r -> codes.add(r.key().strip()));
    Map<String, CatalogueItem> kept = new HashMap<>();
    List<String> all = new ArrayList<>(codes);
    for (int from = 0; from < all.size(); from += 500) {
      em.createQuery(
              "select c from CatalogueItem c where c.basicCode in :codes", CatalogueItem.class)
          .setParameter("codes", all.subList(from, Math.min(all.size(), from + 500)))
          .getResultList()
          .forEach(c -> kept.put(c.getBasicCode(), c));
    }
    return kept;
  }

  private static CatalogueEntry entry(ExchangeRecord record) {
    String key = record.key().strip();
    String code = record.field(MatterRecords.BASIC_CODE);
    if (code != null && !code.strip().equals(key)) {
      throw InvalidInputException.keyed(
          MatterRecords.BASIC_CODE, "matter.exchange.keyMismatch", code.strip(), key);
    }
    return CatalogueEntry.check(
        key,
        record.field(MatterRecords.NAME),
        record.field(MatterRecords.MATTER_TYPE),
        record.field(MatterRecords.SETTING_BASIS),
        record.field(MatterRecords.EXERCISE_LEVEL));
  }

  private static int bounded(int limit) {
    return Math.max(1, Math.min(limit, MAX_LIMIT));
  }
}
