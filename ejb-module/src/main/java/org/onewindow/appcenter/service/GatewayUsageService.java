package org.onewindow.appcenter.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onewindow.appcenter.domain.GatewayUsage;
import org.onewindow.appcenter.gateway.GatewayFigures.Usage;
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
      List<GatewayUsage> found =
          em.createQuery(
                  "select u from GatewayUsage u where u.day = :day and u.interfaceId = :iface"
                      + " and u.appKey = :app and u.node = :node",
                  GatewayUsage.class)
              .setParameter("day", key.day())
              .setParameter("iface", key.interfaceId())
              .setParameter("app", key.appKey())
              .setParameter("node", node)
              .getResultList();
      GatewayUsage row;
      if (found.isEmpty()) {
        row = new GatewayUsage(key.day(), key.interfaceId(), key.appKey(), node);
        em.persist(row);
      } else {
        row = found.get(0);
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
    return em
        .createQuery(
            "select u.day, sum(u.requests), sum(u.successes), sum(u.failures),"
                + " sum(u.totalMicros), max(u.maxMicros), sum(u.testRequests) from GatewayUsage u"
                + " where u.interfaceId = :iface and u.day >= :from group by u.day order by u.day",
            Object[].class)
        .setParameter("iface", interfaceId)
        .setParameter("from", from)
        .getResultList()
        .stream()
        .map(GatewayUsageService::day)
        .toList();
  }

  /** App name → calls through the gateway since {@code from}, most used first. */
  public Map<String, Long> callsByApp(LocalDate from) {
    Map<String, Long> byName = new LinkedHashMap<>();
    em.createQuery(
            "select a.name, sum(u.requests) from GatewayUsage u, ServiceApp a"
                + " where a.appKey = u.appKey and u.day >= :from"
                + " group by a.name order by sum(u.requests) desc",
            Object[].class)
        .setParameter("from", from)
        .getResultList()
        .forEach(row -> byName.put((String) row[0], ((Number) row[1]).longValue()));
    return byName;
  }

  private static UsageDay day(Object[] row) {
    long requests = ((Number) row[1]).longValue();
    long totalMicros = ((Number) row[4]).longValue();
    return new UsageDay(
        (LocalDate) row[0],
        requests,
        ((Number) row[2]).longValue(),
        ((Number) row[3]).longValue(),
        requests == 0 ? 0 : totalMicros / (double) requests / 1000.0,
        ((Number) row[5]).longValue() / 1000.0,
        ((Number) row[6]).longValue());
  }
}
