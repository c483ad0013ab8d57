package org.onewindow.appcenter.repository;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.appcenter.domain.ServiceLevel;
import org.onewindow.appcenter.domain.ServiceObject;
import org.onewindow.common.PageRequest;
import org.onewindow.common.PagedQuery;
import org.onewindow.common.ResultPage;
import org.onewindow.common.SortFields;
import org.onewindow.review.ReviewStatus;

/** The apps of the application management centre (000 9.3). */
public final class ServiceAppRepository {

  private final EntityManager em;

  public ServiceAppRepository(EntityManager em) {
    this.em = em;
  }

  /** The app of that id, whoever's it is. */
  public Optional<ServiceApp> find(long id) {
    return Optional.ofNullable(em.find(ServiceApp.class, id));
  }

  /** The app with that key, with its unit. */
  public Optional<ServiceApp> findByKey(String appKey) {
    return em.createQuery(
            "select a from ServiceApp a join fetch a.unit where a.appKey = :key", ServiceApp.class)
        .setParameter("key", appKey)
        .getResultStream()
        .findFirst();
  }

  /** Whether the unit has an app of that name already. */
  public boolean nameTaken(long unitId, String name) {
    return em.createQuery(
                "select count(a) from ServiceApp a where a.unit.id = :u and a.name = :n",
                Long.class)
            .setParameter("u", unitId)
            .setParameter("n", name)
            .getSingleResult()
        > 0;
  }

  /**
   * The catalogue's dynamic list (000 8.2.3 a 清单动态管理; 001 6.3), newest change first, with their
   * units; every filter optional (null or blank: any).
   *
   * @param unit the owning unit's name
   */
  public List<ServiceApp> catalogue(
      String unit, String theme, ServiceLevel level, ServiceObject object, ReviewStatus status) {
    StringBuilder jpql =
        new StringBuilder("select a from ServiceApp a join fetch a.unit where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (unit != null) {
      jpql.append(" and a.unit.name = :unit");
      parameters.put("unit", unit);
    }
    if (theme != null && !theme.isBlank()) {
      jpql.append(" and a.theme = :theme");
      parameters.put("theme", theme.strip());
    }
    if (level != null) {
      jpql.append(" and a.serviceLevel = :level");
      parameters.put("level", level);
    }
    if (object != null) {
      jpql.append(" and a.serviceObject = :object");
      parameters.put("object", object);
    }
    if (status != null) {
      jpql.append(" and a.review.status = :status");
      parameters.put("status", status);
    }
    jpql.append(" order by a.review.updatedAt desc, a.id desc");
    var query = em.createQuery(jpql.toString(), ServiceApp.class);
    parameters.forEach(query::setParameter);
    return query.getResultList();
  }

  /**
   * What the catalogue may be sorted by (public name → JPQL path); by default newest change first,
   * as {@link #catalogue} orders it.
   */
  public static final SortFields SORT =
      SortFields.of(
          Map.of(
              "name", "a.name",
              "appKey", "a.appKey",
              "unitName", "a.unit.name",
              "theme", "a.theme",
              "serviceLevel", "a.serviceLevel",
              "status", "a.review.status",
              "revision", "a.review.revision",
              "updatedAt", "a.review.updatedAt"),
          "a.review.updatedAt desc, a.id desc",
          "a.id");

  /**
   * One page of the catalogue's dynamic list, with the apps' units, and how many apps the same
   * filters admit; every filter optional (null or blank: any), as in {@link #catalogue}.
   *
   * @param unit the owning unit's name
   * @param text a part of the app's name or key (any case)
   * @throws org.onewindow.common.InvalidInputException for a sort field outside {@link #SORT}
   */
  public ResultPage<ServiceApp> page(
      String unit,
      String theme,
      ServiceLevel level,
      ServiceObject object,
      ReviewStatus status,
      String text,
      PageRequest page) {
    return filtered(unit, theme, level, object, status, text)
        .run(
            em,
            "select a from ServiceApp a join fetch a.unit",
            "select count(a) from ServiceApp a",
            ServiceApp.class,
            SORT,
            page);
  }

  /** How many apps {@link #page} admits under those filters. */
  public long count(
      String unit,
      String theme,
      ServiceLevel level,
      ServiceObject object,
      ReviewStatus status,
      String text) {
    return filtered(unit, theme, level, object, status, text)
        .count(em, "select count(a) from ServiceApp a");
  }

  private static PagedQuery filtered(
      String unit,
      String theme,
      ServiceLevel level,
      ServiceObject object,
      ReviewStatus status,
      String text) {
    return new PagedQuery()
        .andIfGiven("a.unit.name = :unit", "unit", unit)
        .andIfGiven(
            "a.theme = :theme", "theme", theme == null || theme.isBlank() ? null : theme.strip())
        .andIfGiven("a.serviceLevel = :level", "level", level)
        .andIfGiven("a.serviceObject = :object", "object", object)
        .andIfGiven("a.review.status = :status", "status", status)
        .andContaining(text, "a.name", "a.appKey");
  }

  /** How many apps are in each state; every state present, zero when none. */
  public Map<ReviewStatus, Long> countByStatus() {
    return ReviewCounts.of(em, "ServiceApp");
  }
}
