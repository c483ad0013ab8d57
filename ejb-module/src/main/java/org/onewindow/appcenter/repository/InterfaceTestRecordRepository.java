package org.onewindow.appcenter.repository;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.onewindow.appcenter.domain.InterfaceTestRecord;

/** The test panel's records of real requests to an interface (000 9.4.3, 图4). */
public final class InterfaceTestRecordRepository {

  private final EntityManager em;

  public InterfaceTestRecordRepository(EntityManager em) {
    this.em = em;
  }

  /** The interface's newest {@code max} records, newest first. */
  public List<InterfaceTestRecord> newestOf(long interfaceId, int max) {
    return em.createQuery(
            "select r from InterfaceTestRecord r where r.interfaceId = :id"
                + " order by r.testedAt desc, r.id desc",
            InterfaceTestRecord.class)
        .setParameter("id", interfaceId)
        .setMaxResults(max)
        .getResultList();
  }
}
