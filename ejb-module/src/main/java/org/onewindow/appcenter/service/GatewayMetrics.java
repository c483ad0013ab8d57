package org.onewindow.appcenter.service;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onewindow.appcenter.gateway.GatewayFigures;
import org.onewindow.appcenter.gateway.InterfaceStatistics;

/**
 * Holds the node's {@link GatewayFigures} (003 6.7.2 d) and writes their usage part to the database
 * every minute ({@link GatewayUsageService}): a crash loses at most the last minute's counts of
 * that node, never a row. The Prometheus metrics are scraped at {@code /gateway/metrics}; why not
 * the micrometer subsystem's own registry: ADR 0005.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // the figures are lock-free
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GatewayMetrics {

  /** Usage days are the platform's calendar days (Beijing time), whatever the server's zone. */
  public static final ZoneId USAGE_ZONE = ZoneId.of("Asia/Shanghai");

  private static final Logger LOG = Logger.getLogger(GatewayMetrics.class.getName());

  private final GatewayFigures figures = new GatewayFigures(node());

  @EJB private GatewayUsageService usage;

  /** The figures themselves, for the gateway to record into without a container call per call. */
  public GatewayFigures figures() {
    return figures;
  }

  /** The interface's figures on this node, if it has been called since the node started. */
  public Optional<InterfaceStatistics.Snapshot> of(long interfaceId) {
    return figures.of(interfaceId);
  }

  /** Every called interface's figures on this node. */
  public Map<Long, InterfaceStatistics.Snapshot> all() {
    return figures.all();
  }

  /** The Prometheus text exposition of every gateway metric. */
  public String scrape() {
    return figures.scrape();
  }

  /** Writes what was counted since the last write; what fails is kept for the next one. */
  @Schedule(second = "30", minute = "*", hour = "*", persistent = false)
  public void writeUsage() {
    List<GatewayFigures.Usage> taken = figures.drainUsage();
    if (taken.isEmpty()) {
      return;
    }
    try {
      usage.add(node(), taken);
    } catch (RuntimeException e) {
      figures.restore(taken);
      LOG.log(
          Level.WARNING, "gateway usage not written; kept for the next minute: {0}", e.toString());
    }
  }

  @PreDestroy
  void stop() {
    writeUsage();
  }

  private static String node() {
    return System.getProperty("jboss.node.name", "standalone");
  }
}
