package org.onewindow.appcenter.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onewindow.appcenter.domain.GatewayUsage;
import org.onewindow.appcenter.gateway.GatewayFigures.Usage;
import org.onewindow.appcenter.repository.GatewayUsageRepository;
import org.onewindow.appcenter.repository.GatewayUsageRepository.DayTotals;
import org.onewindow.common.Roles;

/**
 * The gateway's usage kept in the database (000 8.2.3 b 服务应用使用情况统计): every node adds what it
 * counted to its own rows each minute ({@link GatewayMetrics}), so the figures cover the cluster
 * and outlive a restart; the console reads them back by day, interface and app.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.APP_REVIEWER, Roles.UNIT_DEVELOPER})
public class GatewayUsageService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  /**
   * Adds a node's counts, all or nothing: if the transaction fails the caller keeps them for the
   * next write. Open to the node's own timer, which runs without a caller identity.
   */
  @PermitAll
  public void add(String node, List<Usage> usages) {
    for (Usage usage : usages) {
      var key = usage.key();
      Optional<GatewayUsage> found = usage().find(key.day(), key.interfaceId(), key.appKey(), node);
      GatewayUsage row;
      if (found.isEmpty()) {
        row = new GatewayUsage(key.day(), key.interfaceId(), key.appKey(), node);
        em.persist(row);
      } else {
        row = found.get();
      }
      var totals = usage.totals();
      if (key.test()) {
        row.addTest(totals.requests(), totals.successes(), totals.failures());
      } else {
        row.add(
            totals.requests(),
            totals.successes(),
            totals.failures(),
            totals.totalMicros(),
            totals.maxMicros());
      }
    }
  }

  /**
   * The interface's calls per day since {@code from}, oldest first; days without calls left out.
   * Live and test traffic apart (issue 14).
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.APP_REVIEWER, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public List<UsageDay> daily(long interfaceId, LocalDate from) {
    return usage().dailyOf(interfaceId, from).stream().map(GatewayUsageService::day).toList();
  }

  /** App name → calls through the gateway since {@code from}, most used first. */
  public Map<String, Long> callsByApp(LocalDate from) {
    return usage().callsByApp(from);
  }

  private GatewayUsageRepository usage() {
    return new GatewayUsageRepository(em);
  }

  private static UsageDay day(DayTotals totals) {
    long requests = totals.requests();
    return new UsageDay(
        totals.day(),
        requests,
        totals.successes(),
        totals.failures(),
        requests == 0 ? 0 : totals.totalMicros() / (double) requests / 1000.0,
        totals.maxMicros() / 1000.0,
        totals.testRequests());
  }
}
