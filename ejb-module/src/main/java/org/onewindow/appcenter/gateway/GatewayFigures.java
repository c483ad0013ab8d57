package org.onewindow.appcenter.gateway;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * The gateway's figures on this node (003 6.7.2 d: 请求数、成功数、失败数、平均耗时、最大耗时): per interface for the
 * console, as Prometheus metrics ({@code onewindow_gateway_requests_total{interface, outcome}},
 * {@code onewindow_gateway_seconds} with count, sum and max), and as the day's usage per interface
 * and app not yet written to the database ({@link #drainUsage}). Plain Java and lock-free on the
 * call path: the gateway records every call here directly, not through a container proxy.
 */
public final class GatewayFigures {

  private final ConcurrentMap<Long, InterfaceStatistics> statistics = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();
  private final ConcurrentMap<Long, Timer> timers = new ConcurrentHashMap<>();
  private final ConcurrentMap<UsageKey, InterfaceStatistics> unwritten = new ConcurrentHashMap<>();
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  /** Figures whose metrics carry no node (one server, the unit tests). */
  public GatewayFigures() {
    this("");
  }

  /**
   * Figures of the node {@code node}: every metric carries {@code node="…"}, so a Prometheus that
   * scrapes each node of a cluster (the figures are per node, docs/node-local-state.md) can tell
   * them apart even behind one address.
   */
  public GatewayFigures(String node) {
    if (!node.isBlank()) {
      registry.config().commonTags("node", node);
    }
  }

  /**
   * Whose call, to what, on which day, and whether it was test traffic (an app in test mode before
   * its review, issue 14): the grain of the persisted usage (000 8.2.3 b 使用情况统计).
   */
  public record UsageKey(LocalDate day, long interfaceId, String appKey, boolean test) {

    /** Live traffic. */
    public UsageKey(LocalDate day, long interfaceId, String appKey) {
      this(day, interfaceId, appKey, false);
    }
  }

  /** A day's calls of one app to one interface that this node has not written yet. */
  public record Usage(UsageKey key, InterfaceStatistics.Totals totals) {}

  /** One live call by the app to the interface on {@code day}, answered after {@code nanos}. */
  public void record(long interfaceId, String appKey, LocalDate day, boolean success, long nanos) {
    record(interfaceId, appKey, day, false, success, nanos);
  }

  /**
   * One call by the app to the interface on {@code day}, answered after {@code nanos}; {@code test}
   * for an app's call in test mode, kept apart in the usage. The node's figures and Prometheus
   * count every call: they describe the node's load.
   */
  public void record(
      long interfaceId, String appKey, LocalDate day, boolean test, boolean success, long nanos) {
    long micros = TimeUnit.NANOSECONDS.toMicros(nanos);
    statistics
        .computeIfAbsent(interfaceId, id -> new InterfaceStatistics())
        .record(success, micros);
    unwritten
        .computeIfAbsent(
            new UsageKey(day, interfaceId, appKey, test), k -> new InterfaceStatistics())
        .record(success, micros);
    counter(interfaceId, success ? "success" : "failure").increment();
    timer(interfaceId).record(Duration.ofNanos(nanos));
  }

  /**
   * Takes what has not been written yet, leaving nothing behind twice: each entry is removed before
   * it is read, so a call recorded meanwhile lands in a fresh entry for the next drain.
   */
  public List<Usage> drainUsage() {
    List<Usage> drained = new ArrayList<>();
    for (UsageKey key : List.copyOf(unwritten.keySet())) {
      InterfaceStatistics taken = unwritten.remove(key);
      if (taken != null) {
        drained.add(new Usage(key, taken.totals()));
      }
    }
    return drained;
  }

  /** Puts back what could not be written, so that the next drain tries it again. */
  public void restore(List<Usage> usages) {
    for (Usage usage : usages) {
      unwritten.computeIfAbsent(usage.key(), k -> new InterfaceStatistics()).add(usage.totals());
    }
  }

  /** The interface's figures on this node, if it has been called since the node started. */
  public Optional<InterfaceStatistics.Snapshot> of(long interfaceId) {
    return Optional.ofNullable(statistics.get(interfaceId)).map(InterfaceStatistics::snapshot);
  }

  /** Every called interface's figures on this node. */
  public Map<Long, InterfaceStatistics.Snapshot> all() {
    Map<Long, InterfaceStatistics.Snapshot> copy = new TreeMap<>();
    statistics.forEach((id, s) -> copy.put(id, s.snapshot()));
    return copy;
  }

  /** The Prometheus text exposition of every gateway metric. */
  public String scrape() {
    return registry.scrape();
  }

  private Counter counter(long interfaceId, String outcome) {
    return counters.computeIfAbsent(
        interfaceId + "/" + outcome,
        key ->
            Counter.builder("onewindow.gateway.requests")
                .description("Calls through the gateway, by interface and outcome")
                .tag("interface", Long.toString(interfaceId))
                .tag("outcome", outcome)
                .register(registry));
  }

  private Timer timer(long interfaceId) {
    return timers.computeIfAbsent(
        interfaceId,
        id ->
            Timer.builder("onewindow.gateway")
                .description("Time the gateway took to answer, by interface")
                .tag("interface", Long.toString(id))
                .register(registry));
  }
}
