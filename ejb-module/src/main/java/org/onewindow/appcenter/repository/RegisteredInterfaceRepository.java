package org.onewindow.appcenter.repository;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onewindow.appcenter.domain.RegisteredInterface;
import org.onewindow.common.PageRequest;
import org.onewindow.common.PagedQuery;
import org.onewindow.common.ResultPage;
import org.onewindow.common.SortFields;
import org.onewindow.review.ReviewStatus;

/** The interfaces access units registered (000 9.4). */
public final class RegisteredInterfaceRepository {

  private final EntityManager em;

  public RegisteredInterfaceRepository(EntityManager em) {
    this.em = em;
  }

  /** The interface of that id, whoever's it is. */
  public Optional<RegisteredInterface> find(long id) {
    return Optional.ofNullable(em.find(RegisteredInterface.class, id));
  }

  /**
   * Every interface, or those in one state, newest change first, with their units.
   *
   * @param status null for every state
   * @param unit the owning unit's name, or null for every unit
   */
  public List<RegisteredInterface> list(ReviewStatus status, String unit) {
    String where =
        (status == null ? " where 1 = 1" : " where i.review.status = :status")
            + (unit == null ? "" : " and i.unit.name = :unit");
    var query =
        em.createQuery(
            "select i from RegisteredInterface i join fetch i.unit"
                + where
                + " order by i.review.updatedAt desc, i.id desc",
            RegisteredInterface.class);
    if (status != null) {
      query.setParameter("status", status);
    }
    if (unit != null) {
      query.setParameter("unit", unit);
    }
    return query.getResultList();
  }

  /**
   * What the interface list may be sorted by (public name → JPQL path); by default newest change
   * first, as {@link #list} orders it.
   */
  public static final SortFields SORT =
      SortFields.of(
          Map.of(
              "name", "i.name",
              "serviceName", "i.serviceName",
              "unitName", "i.unit.name",
              "method", "i.method",
              "status", "i.review.status",
              "revision", "i.review.revision",
              "updatedAt", "i.review.updatedAt"),
          "i.review.updatedAt desc, i.id desc",
          "i.id");

  /**
   * One page of the interfaces, with their units, and how many there are under the same filters.
   *
   * @param status null for every state
   * @param text a part of the name or the service name (any case), or null/blank for any
   * @param unit the owning unit's name, or null for every unit
   * @throws org.onewindow.common.InvalidInputException for a sort field outside {@link #SORT}
   */
  public ResultPage<RegisteredInterface> page(
      ReviewStatus status, String text, String unit, PageRequest page) {
    return filtered(status, text, unit)
        .run(
            em,
            "select i from RegisteredInterface i join fetch i.unit",
            "select count(i) from RegisteredInterface i",
            RegisteredInterface.class,
            SORT,
            page);
  }

  /** How many interfaces {@link #page} admits under those filters. */
  public long count(ReviewStatus status, String text, String unit) {
    return filtered(status, text, unit).count(em, "select count(i) from RegisteredInterface i");
  }

  private static PagedQuery filtered(ReviewStatus status, String text, String unit) {
    return new PagedQuery()
        .andIfGiven("i.review.status = :status", "status", status)
        .andIfGiven("i.unit.name = :unit", "unit", unit)
        .andContaining(text, "i.name", "i.serviceName");
  }

  /** The interfaces in any of {@code statuses}, by id, with their units. */
  public List<RegisteredInterface> inStatus(Collection<ReviewStatus> statuses) {
    return em.createQuery(
            "select i from RegisteredInterface i join fetch i.unit"
                + " where i.review.status in :statuses order by i.id",
            RegisteredInterface.class)
        .setParameter("statuses", statuses)
        .getResultList();
  }

  /** The interfaces of those ids that exist, by id, with their units. */
  public List<RegisteredInterface> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select i from RegisteredInterface i join fetch i.unit where i.id in :ids order by i.id",
            RegisteredInterface.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** Id → name of the interfaces of those ids that exist. */
  public Map<Long, String> namesOf(Collection<Long> ids) {
    Map<Long, String> names = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    em.createQuery(
            "select i.id, i.name from RegisteredInterface i where i.id in :ids", Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(row -> names.put((Long) row[0], (String) row[1]));
    return names;
  }

  /**
   * Whether the unit has another interface of that name.
   *
   * @param except the interface being renamed, or null for a new one
   */
  public boolean nameTaken(long unitId, String name, Long except) {
    // Two queries rather than "(:except is null or …)": PostgreSQL cannot type a null parameter.
    String jpql =
        "select count(i) from RegisteredInterface i where i.unit.id = :unit and i.name = :name"
            + (except == null ? "" : " and i.id <> :except");
    var query =
        em.createQuery(jpql, Long.class).setParameter("unit", unitId).setParameter("name", name);
    if (except != null) {
      query.setParameter("except", except);
    }
    return query.getSingleResult() > 0;
  }

  /** How many interfaces there are. */
  public long count() {
    return em.createQuery("select count(i) from RegisteredInterface i", Long.class)
        .getSingleResult();
  }

  /** How many interfaces are in each state; every state present, zero when none. */
  public Map<ReviewStatus, Long> countByStatus() {
    return ReviewCounts.of(em, "RegisteredInterface");
  }
}
