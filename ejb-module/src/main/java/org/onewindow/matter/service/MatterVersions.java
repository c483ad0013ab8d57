package org.onewindow.matter.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.UnitScope;
import org.onewindow.matter.domain.CatalogueItem;
import org.onewindow.matter.domain.MatterVersion;
import org.onewindow.matter.domain.Publication;

/** The queries over implementation-list versions and catalogue items the services share. */
final class MatterVersions {

  private final EntityManager em;

  MatterVersions(EntityManager em) {
    this.em = em;
  }

  /** Every version of the code, oldest first. */
  List<MatterVersion> all(String code) {
    return em.createQuery(
            "select v from MatterVersion v where v.implementationCode = :code"
                + " order by v.versionNumber",
            MatterVersion.class)
        .setParameter("code", code)
        .getResultList();
  }

  Optional<MatterVersion> latest(String code) {
    return em.createQuery(
            "select v from MatterVersion v where v.implementationCode = :code and v.latest = true",
            MatterVersion.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  Optional<MatterVersion> published(String code) {
    return em.createQuery(
            "select v from MatterVersion v where v.implementationCode = :code"
                + " and v.publication = :published",
            MatterVersion.class)
        .setParameter("code", code)
        .setParameter("published", Publication.PUBLISHED)
        .getResultStream()
        .findFirst();
  }

  /**
   * The code's latest version, locked for a change, as the caller's scope may see it.
   *
   * @throws NotFoundException when there is none the caller may see
   */
  MatterVersion latestForChange(UnitScope scope, String code) {
    MatterVersion latest = latest(code).orElseThrow(() -> notFound(code));
    scope.checkSees(latest.getOwnerUnit(), "matter.notFound", code);
    em.lock(latest, LockModeType.PESSIMISTIC_WRITE);
    return latest;
  }

  Optional<CatalogueItem> catalogueItem(String basicCode) {
    return em.createQuery(
            "select c from CatalogueItem c where c.basicCode = :code", CatalogueItem.class)
        .setParameter("code", basicCode)
        .getResultStream()
        .findFirst();
  }

  static NotFoundException notFound(String code) {
    return NotFoundException.keyed("matter.notFound", code);
  }
}
