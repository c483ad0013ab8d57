package org.onewindow.appcenter.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.onewindow.appcenter.repository.RegisteredInterfaceRepository;
import org.onewindow.appcenter.repository.ServiceAppRepository;
import org.onewindow.common.Messages;
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

  @Inject Clock clock;

  /** The figures, their labels (statuses, the backlog's rows) in {@code language}. */
  public DashboardView overview(Locale language) {
    Map<ReviewStatus, Long> interfaces = new RegisteredInterfaceRepository(em).countByStatus();
    Map<ReviewStatus, Long> apps = new ServiceAppRepository(em).countByStatus();
    Map<String, Long> backlog = new LinkedHashMap<>();
    backlog.put(
        Messages.text("appcenter.dashboard.backlog.interfaces", language),
        interfaces.getOrDefault(ReviewStatus.SUBMITTED, 0L));
    backlog.put(
        Messages.text("appcenter.dashboard.backlog.apps", language),
        apps.getOrDefault(ReviewStatus.SUBMITTED, 0L));
    return new DashboardView(
        labelled(interfaces, language), labelled(apps, language), backlog, usage(), health());
  }

  private static Map<String, Long> labelled(Map<ReviewStatus, Long> counts, Locale language) {
    Map<String, Long> labelled = new LinkedHashMap<>();
    counts.forEach((status, count) -> labelled.put(status.label(language), count));
    return labelled;
  }

  /** The last 30 days, every node: this node's pending counts are written first. */
  private Map<String, Long> usage() {
    metrics.writeUsage();
    LocalDate today = LocalDate.ofInstant(clock.instant(), GatewayMetrics.USAGE_ZONE);
    return usage.callsByApp(today.minusDays(USAGE_DAYS - 1));
  }

  private Map<String, long[]> health() {
    Map<String, long[]> health = new LinkedHashMap<>();
    var figures = metrics.all();
    if (figures.isEmpty()) {
      return health;
    }
    new RegisteredInterfaceRepository(em)
        .namesOf(figures.keySet())
        .forEach(
            (id, name) -> {
              var s = figures.get(id);
              health.put(name, new long[] {s.successes(), s.failures()});
            });
    return health;
  }
}
