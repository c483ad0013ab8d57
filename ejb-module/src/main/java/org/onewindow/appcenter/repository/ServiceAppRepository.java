package org.onewindow.appcenter.repository;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.appcenter.domain.ServiceLevel;
import org.onewindow.appcenter.domain.ServiceObject;
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

  /** How many apps are in each state; every state present, zero when none. */
  public Map<ReviewStatus, Long> countByStatus() {
    return ReviewCounts.of(em, "ServiceApp");
  }
}
