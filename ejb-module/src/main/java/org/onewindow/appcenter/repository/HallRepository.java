package org.onewindow.appcenter.repository;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.onewindow.appcenter.domain.Hall;

/** The halls apps are published in (000 8.2.3 b): the national hall and the provincial ones. */
public final class HallRepository {

  private final EntityManager em;

  public HallRepository(EntityManager em) {
    this.em = em;
  }

  /** Every hall, national first (by id). */
  public List<Hall> all() {
    return em.createQuery("select h from Hall h order by h.id", Hall.class).getResultList();
  }

  /** The hall with that code. */
  public Optional<Hall> byCode(String code) {
    return em.createQuery("select h from Hall h where h.code = :c", Hall.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst();
  }

  /** How many halls there are. */
  public long count() {
    return em.createQuery("select count(h) from Hall h", Long.class).getSingleResult();
  }
}
