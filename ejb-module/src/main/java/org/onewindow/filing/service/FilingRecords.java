package org.onewindow.filing.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.UnitScope;
import org.onewindow.filing.domain.Filing;
import org.onewindow.filing.domain.FilingCheck;
import org.onewindow.filing.domain.FilingFile;
import org.onewindow.filing.domain.FilingFileKind;
import org.onewindow.filing.domain.FilingRecord;
import org.onewindow.filing.domain.FilingSnapshot;
import org.onewindow.review.ReviewStatus;

/** The filing capability's queries, in one place. */
final class FilingRecords {

  private final EntityManager em;

  FilingRecords(EntityManager em) {
    this.em = em;
  }

  /**
   * The filing as {@code scope} may see it.
   *
   * @throws NotFoundException when there is none the caller may see (another unit's is missing)
   */
  Filing visible(UnitScope scope, long id) {
    Filing filing = em.find(Filing.class, id);
    if (filing == null || !scope.allows(filing.getUnitName())) {
      throw NotFoundException.keyed("filing.notFound", String.valueOf(id));
    }
    return filing;
  }

  /** The same, locked for the change the caller is about to make. */
  Filing visibleForUpdate(UnitScope scope, long id) {
    Filing filing = visible(scope, id);
    em.lock(filing, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return filing;
  }

  List<FilingFile> files(long filingId, FilingFileKind kind) {
    return em.createQuery(
            "select f from FilingFile f where f.filingId = :f and f.kind = :k order by f.id",
            FilingFile.class)
        .setParameter("f", filingId)
        .setParameter("k", kind)
        .getResultList();
  }

  List<FilingFile> allFiles(long filingId) {
    return em.createQuery(
            "select f from FilingFile f where f.filingId = :f order by f.id", FilingFile.class)
        .setParameter("f", filingId)
        .getResultList();
  }

  List<FilingCheck> checks(long filingId, int revision) {
    return em.createQuery(
            "select c from FilingCheck c where c.filingId = :f and c.revision = :r"
                + " order by c.item",
            FilingCheck.class)
        .setParameter("f", filingId)
        .setParameter("r", revision)
        .getResultList();
  }

  List<FilingSnapshot> snapshots(long filingId) {
    return em.createQuery(
            "select s from FilingSnapshot s where s.filingId = :f order by s.revision desc",
            FilingSnapshot.class)
        .setParameter("f", filingId)
        .getResultList();
  }

  /**
   * The last approved filing of the package on {@code platform}, other than {@code exceptId}: the
   * version a new one must upgrade (000 10.3 c), whichever unit filed it.
   */
  Optional<Filing> lastApproved(String packageName, Long exceptId) {
    return em.createQuery(
            "select f from Filing f where f.installPackage.packageName = :p"
                + " and f.review.status = :s and f.id <> :x"
                + " order by f.installPackage.versionCode desc, f.id desc",
            Filing.class)
        .setParameter("p", packageName)
        .setParameter("s", ReviewStatus.APPROVED)
        .setParameter("x", exceptId == null ? -1L : exceptId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  Optional<FilingRecord> recordOf(long filingId) {
    return em.createQuery("select r from FilingRecord r where r.filingId = :f", FilingRecord.class)
        .setParameter("f", filingId)
        .getResultStream()
        .findFirst();
  }

  Optional<FilingRecord> recordNumbered(String number) {
    return em.createQuery(
            "select r from FilingRecord r where r.filingNumber = :n", FilingRecord.class)
        .setParameter("n", number)
        .getResultStream()
        .findFirst();
  }
}
