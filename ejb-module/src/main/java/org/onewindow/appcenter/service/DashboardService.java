package org.onewindow.appcenter.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onewindow.common.Roles;
import org.onewindow.review.ReviewStatus;

/** The dashboard's figures (issue 5 item 8): counts by state, backlog, usage, health. */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.APP_REVIEWER, Roles.UNIT_DEVELOPER})
public class DashboardService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  /** How far back the dashboard's app usage reaches. */
  static final int USAGE_DAYS = 30;

  @EJB private GatewayMetrics metrics;

  @EJB private GatewayUsageService usage;

  public DashboardView overview() {
    Map<ReviewStatus, Long> interfaces = byStatus("RegisteredInterface");
    Map<ReviewStatus, Long> apps = byStatus("ServiceApp");
    Map<String, Long> backlog = new LinkedHashMap<>();
    backlog.put("待审核接口", interfaces.getOrDefault(ReviewStatus.SUBMITTED, 0L));
    backlog.put("待审核应用", apps.getOrDefault(ReviewStatus.SUBMITTED, 0L));
    return new DashboardView(labelled(interfaces), labelled(apps), backlog, usage(), health());
  }

  private Map<ReviewStatus, Long> byStatus(String entity) {
    Map<ReviewStatus, Long> counts = new EnumMap<>(ReviewStatus.class);
    for (ReviewStatus status : ReviewStatus.values()) {
      counts.put(status, 0L);
    }
    List<Object[]> rows =
        em.createQuery(
                "select e.review.status, count(e) from " + entity + " e group by e.review.status",
                Object[].class)
            .getResultList();
    rows.forEach(row -> counts.put((ReviewStatus) row[0], (Long) row[1]));
    return counts;
  }

  private static Map<String, Long> labelled(Map<ReviewStatus, Long> counts) {
    Map<String, Long> labelled = new LinkedHashMap<>();
    counts.forEach((status, count) -> labelled.put(status.label(), count));
    return labelled;
  }

  /** The last 30 days, every node: this node's pending counts are written first. */
  private Map<String, Long> usage() {
    metrics.writeUsage();
    return usage.callsByApp(LocalDate.now(GatewayMetrics.USAGE_ZONE).minusDays(USAGE_DAYS - 1));
  }

  private Map<String, long[]> health() {
    Map<String, long[]> health = new LinkedHashMap<>();
    var figures = metrics.all();
    if (figures.isEmpty()) {
      return health;
    }
    em.createQuery(
            "select i.id, i.name from RegisteredInterface i where i.id in :ids", Object[].class)
        .setParameter("ids", figures.keySet())
        .getResultList()
        .forEach(
            row -> {
              var s = figures.get((Long) row[0]);
              health.put((String) row[1], new long[] {s.successes(), s.failures()});
            });
    return health;
  }
}
