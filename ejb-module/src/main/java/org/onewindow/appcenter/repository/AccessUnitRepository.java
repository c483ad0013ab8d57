package org.onewindow.appcenter.repository;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.onewindow.appcenter.domain.AccessUnit;

/** The access units that register interfaces and apply for apps (000 8.2.4). */
public final class AccessUnitRepository {

  private final EntityManager em;

  public AccessUnitRepository(EntityManager em) {
    this.em = em;
  }

  /** The unit of that id. */
  public Optional<AccessUnit> find(long id) {
    return Optional.ofNullable(em.find(AccessUnit.class, id));
  }

  /** Every unit, newest first. */
  public List<AccessUnit> newestFirst() {
    return em.createQuery(
            "select u from AccessUnit u order by u.createdAt desc, u.id desc", AccessUnit.class)
        .getResultList();
  }

  /** The unit registered first, if any. */
  public Optional<AccessUnit> first() {
    return em.createQuery("select u from AccessUnit u order by u.id", AccessUnit.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** How many units there are. */
  public long count() {
    return em.createQuery("select count(u) from AccessUnit u", Long.class).getSingleResult();
  }

  /** Whether a unit has that name. */
  public boolean existsByName(String name) {
    return em.createQuery("select count(u) from AccessUnit u where u.name = :name", Long.class)
            .setParameter("name", name)
            .getSingleResult()
        > 0;
  }

  /** The unit of that exact name. */
  public Optional<AccessUnit> named(String name) {
    return em.createQuery("select u from AccessUnit u where u.name = :n", AccessUnit.class)
        .setParameter("n", name)
        .getResultStream()
        .findFirst();
  }
}
