package org.onewindow.inspection.repository;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.onewindow.inspection.domain.InspectionRecord;
import org.onewindow.review.SubjectKind;

/** What each inspection found (000 8.2.2 a 接口监测). */
public final class InspectionRecordRepository {

  private final EntityManager em;

  public InspectionRecordRepository(EntityManager em) {
    this.em = em;
  }

  /**
   * The subject's records holding a screenshot beyond its newest {@code keep} such records: those
   * whose screenshots go (a page is inspected twice a day; its screenshots would grow without end).
   */
  public List<InspectionRecord> screenshotsBeyond(SubjectKind type, long id, int keep) {
    return em.createQuery(
            "select r from InspectionRecord r where r.subjectType = :t and r.subjectId = :id"
                + " and r.screenshot is not null order by r.inspectedAt desc, r.id desc",
            InspectionRecord.class)
        .setParameter("t", type.name())
        .setParameter("id", id)
        .setFirstResult(keep)
        .setMaxResults(100)
        .getResultList();
  }

  /** The subject's newest {@code max} records, newest first. */
  public List<InspectionRecord> newestOf(SubjectKind type, long id, int max) {
    return em.createQuery(
            "select r from InspectionRecord r where r.subjectType = :t and r.subjectId = :id"
                + " order by r.inspectedAt desc, r.id desc",
            InspectionRecord.class)
        .setParameter("t", type.name())
        .setParameter("id", id)
        .setMaxResults(max)
        .getResultList();
  }
}
