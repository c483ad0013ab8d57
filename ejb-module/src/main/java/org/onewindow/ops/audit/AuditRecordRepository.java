package org.onewindow.ops.audit;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.onewindow.common.PageRequest;
import org.onewindow.common.PagedQuery;
import org.onewindow.common.ResultPage;
import org.onewindow.common.SortFields;

/** The audit chain's records (002 6.7), by sequence. */
final class AuditRecordRepository {

  private final EntityManager em;

  AuditRecordRepository(EntityManager em) {
    this.em = em;
  }

  /**
   * The newest {@code max} records, newest first.
   *
   * @param source only records of this source, or null for all
   */
  List<AuditRecord> newest(String source, int max) {
    var query =
        em.createQuery(
            "select r from AuditRecord r"
                + (source == null ? "" : " where r.source = :source")
                + " order by r.sequence desc",
            AuditRecord.class);
    if (source != null) {
      query.setParameter("source", source);
    }
    return query.setMaxResults(max).getResultList();
  }

  /** What the trail may be sorted by (public name → JPQL path); by default newest first. */
  static final SortFields SORT =
      SortFields.of(
          Map.of(
              "sequence", "r.sequence",
              "occurredAt", "r.occurredAt",
              "source", "r.source",
              "type", "r.type",
              "actor", "r.actor",
              "outcome", "r.outcome"),
          "r.sequence desc",
          "r.sequence");

  /**
   * One page of the trail and how many records the same filters admit.
   *
   * @param source only records of this source, or null for all
   * @param text a part of the event type, the actor or the detail (any case), or null/blank
   */
  ResultPage<AuditRecord> page(String source, String text, PageRequest page) {
    return filtered(source, text)
        .run(
            em,
            "select r from AuditRecord r",
            "select count(r) from AuditRecord r",
            AuditRecord.class,
            SORT,
            page);
  }

  /** How many records {@link #page} admits under those filters. */
  long count(String source, String text) {
    return filtered(source, text).count(em, "select count(r) from AuditRecord r");
  }

  private static PagedQuery filtered(String source, String text) {
    return new PagedQuery()
        .andIfGiven("r.source = :source", "source", source)
        .andContaining(text, "r.type", "r.actor", "r.detail");
  }

  /** Every record, from the start of the chain. */
  List<AuditRecord> chain() {
    return em.createQuery("select r from AuditRecord r order by r.sequence", AuditRecord.class)
        .getResultList();
  }

  /** The records after {@code sequence}, in order, at most {@code max}. */
  List<AuditRecord> after(long sequence, int max) {
    return em.createQuery(
            "select r from AuditRecord r where r.sequence > :after order by r.sequence",
            AuditRecord.class)
        .setParameter("after", sequence)
        .setMaxResults(max)
        .getResultList();
  }
}
