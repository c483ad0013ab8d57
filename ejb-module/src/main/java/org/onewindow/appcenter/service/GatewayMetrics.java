package org.onewindow.appcenter.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.onewindow.appcenter.gateway.InterfaceStatistics;

/**
 * The gateway's figures per interface on this node (003 6.7.2 d: 请求数、成功数、失败数、平均耗时、最大耗时): kept for
 * the console, and as Prometheus metrics through the Micrometer that WildFly ships ({@code
 * onewindow_gateway_requests_total{interface,outcome}}, {@code onewindow_gateway_seconds} with
 * count, sum and max), scraped at {@code /gateway/metrics}. Why not the micrometer subsystem's own
 * Prometheus registry: ADR 0005.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GatewayMetrics {

  private final ConcurrentMap<Long, InterfaceStatistics> statistics = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();
  private final ConcurrentMap<Long, Timer> timers = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, java.util.concurrent.atomic.LongAdder> callsByApp =
      new ConcurrentHashMap<>();
  private PrometheusMeterRegistry registry;

  @PostConstruct
  void start() {
    registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  }

  /** One call by the app to the interface, answered after {@code nanos}. */
  public void record(long interfaceId, String appKey, boolean success, long nanos) {
    callsByApp
        .computeIfAbsent(appKey, k -> new java.util.concurrent.atomic.LongAdder())
        .increment();
    statistics
        .computeIfAbsent(interfaceId, id -> new InterfaceStatistics())
        .record(success, TimeUnit.NANOSECONDS.toMicros(nanos));
    String outcome = success ? "success" : "failure";
    counters
        .computeIfAbsent(
            interfaceId + "/" + outcome,
            key ->
                Counter.builder("onewindow.gateway.requests")
                    .description("Calls through the gateway, by interface and outcome")
                    .tag("interface", Long.toString(interfaceId))
                    .tag("outcome", outcome)
                    .register(registry))
        .increment();
    timers
        .computeIfAbsent(
            interfaceId,
            id ->
                Timer.builder("onewindow.gateway")
                    .description("Time the gateway took to answer, by interface")
                    .tag("interface", Long.toString(id))
                    .register(registry))
        .record(Duration.ofNanos(nanos));
  }

  /** The interface's figures on this node, if it has been called since the node started. */
  public Optional<InterfaceStatistics.Snapshot> of(long interfaceId) {
    return Optional.ofNullable(statistics.get(interfaceId)).map(InterfaceStatistics::snapshot);
  }

  /** Every called interface's figures. */
  public Map<Long, InterfaceStatistics.Snapshot> all() {
    Map<Long, InterfaceStatistics.Snapshot> copy = new java.util.TreeMap<>();
    statistics.forEach((id, s) -> copy.put(id, s.snapshot()));
    return copy;
  }

  /** Calls through the gateway per app key on this node (the dashboard's app usage). */
  public Map<String, Long> callsByApp() {
    Map<String, Long> copy = new java.util.TreeMap<>();
    callsByApp.forEach((key, count) -> copy.put(key, count.sum()));
    return copy;
  }

  /** The Prometheus text exposition of every gateway metric. */
  public String scrape() {
    return registry.scrape();
  }
}
