package org.onewindow.ops.audit;

import jakarta.persistence.EntityManager;
import java.util.List;

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
