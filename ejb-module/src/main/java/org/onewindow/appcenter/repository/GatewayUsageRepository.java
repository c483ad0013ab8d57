package org.onewindow.appcenter.repository;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onewindow.appcenter.domain.GatewayUsage;

/**
 * The gateway's usage rows (000 8.2.3 b 服务应用使用情况统计): one per day, interface, app and node, so nodes
 * never write the same row.
 */
public final class GatewayUsageRepository {

  private final EntityManager em;

  public GatewayUsageRepository(EntityManager em) {
    this.em = em;
  }

  /** A day's calls to one interface summed over every app and node (micros for durations). */
  public record DayTotals(
      LocalDate day,
      long requests,
      long successes,
      long failures,
      long totalMicros,
      long maxMicros,
      long testRequests) {}

  /** The node's row for that day, interface and app. */
  public Optional<GatewayUsage> find(LocalDate day, long interfaceId, String appKey, String node) {
    return em.createQuery(
            "select u from GatewayUsage u where u.day = :day and u.interfaceId = :iface"
                + " and u.appKey = :app and u.node = :node",
            GatewayUsage.class)
        .setParameter("day", day)
        .setParameter("iface", interfaceId)
        .setParameter("app", appKey)
        .setParameter("node", node)
        .getResultStream()
        .findFirst();
  }

  /**
   * The interface's calls per day since {@code from}, oldest first; days without calls left out.
   */
  public List<DayTotals> dailyOf(long interfaceId, LocalDate from) {
    return em.createQuery(
            "select u.day, sum(u.requests), sum(u.successes), sum(u.failures),"
                + " sum(u.totalMicros), max(u.maxMicros), sum(u.testRequests) from GatewayUsage u"
                + " where u.interfaceId = :iface and u.day >= :from group by u.day order by u.day",
            Object[].class)
        .setParameter("iface", interfaceId)
        .setParameter("from", from)
        .getResultStream()
        .map(
            row ->
                new DayTotals(
                    (LocalDate) row[0],
                    ((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue(),
                    ((Number) row[4]).longValue(),
                    ((Number) row[5]).longValue(),
                    ((Number) row[6]).longValue()))
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
}
