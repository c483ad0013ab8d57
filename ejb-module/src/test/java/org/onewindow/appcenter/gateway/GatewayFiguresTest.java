package org.onewindow.appcenter.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GatewayFiguresTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  @Test
  void usageIsKeptPerDayInterfaceAndAppAndTakenOnlyOnce() {
    GatewayFigures figures = new GatewayFigures();
    figures.record(7, "app-a", DAY, true, 2_000_000);
    figures.record(7, "app-a", DAY, false, 5_000_000);
    figures.record(7, "app-b", DAY, true, 1_000_000);
    figures.record(7, "app-a", DAY.plusDays(1), true, 1_000_000);

    List<GatewayFigures.Usage> drained = figures.drainUsage();

    assertEquals(3, drained.size());
    var appA =
        drained.stream()
            .filter(u -> u.key().equals(new GatewayFigures.UsageKey(DAY, 7, "app-a")))
            .findFirst()
            .orElseThrow()
            .totals();
    assertEquals(new InterfaceStatistics.Totals(2, 1, 1, 7000, 5000), appA);
    assertTrue(figures.drainUsage().isEmpty(), "a drained count is never written twice");
    // The node's own figures for the console are not drained.
    assertEquals(4, figures.of(7).orElseThrow().requests());
  }

  @Test
  void whatCouldNotBeWrittenIsTakenAgainWithWhatCameSince() {
    GatewayFigures figures = new GatewayFigures();
    figures.record(7, "app-a", DAY, true, 2_000_000);
    List<GatewayFigures.Usage> failedWrite = figures.drainUsage();
    figures.record(7, "app-a", DAY, true, 3_000_000);

    figures.restore(failedWrite);

    List<GatewayFigures.Usage> retried = figures.drainUsage();
    assertEquals(1, retried.size());
    assertEquals(new InterfaceStatistics.Totals(2, 2, 0, 5000, 3000), retried.get(0).totals());
  }

  @Test
  void prometheusShowsRequestsByOutcome() {
    GatewayFigures figures = new GatewayFigures();
    figures.record(9, "app-a", DAY, true, 1_000_000);
    figures.record(9, "app-a", DAY, false, 1_000_000);

    String scrape = figures.scrape();

    assertTrue(
        scrape.contains(
            "onewindow_gateway_requests_total{interface=\"9\",outcome=\"success\"} 1.0"),
        scrape);
    assertTrue(
        scrape.contains(
            "onewindow_gateway_requests_total{interface=\"9\",outcome=\"failure\"} 1.0"),
        scrape);
  }

  /** Issue 17 item 5: a cluster's Prometheus tells the nodes apart by their figures' label. */
  @Test
  void aNodesMetricsNameTheNode() {
    GatewayFigures figures = new GatewayFigures("node2");
    figures.record(9, "app-a", DAY, true, 1_000_000);
    String scrape = figures.scrape();
    assertTrue(
        scrape.contains(
            "onewindow_gateway_requests_total{interface=\"9\",node=\"node2\",outcome=\"success\"}"
                + " 1.0"),
        scrape);
  }

  /** Issue 14: an app's calls in test mode are usage of their own, apart from the live ones. */
  @Test
  void testTrafficIsKeptApartFromLiveTraffic() {
    GatewayFigures figures = new GatewayFigures();
    figures.record(7, "app-a", DAY, true, true, 2_000_000);
    figures.record(7, "app-a", DAY, true, false, 2_000_000);
    figures.record(7, "app-a", DAY, true, 1_000_000);

    List<GatewayFigures.Usage> drained = figures.drainUsage();

    assertEquals(2, drained.size());
    var test =
        drained.stream()
            .filter(u -> u.key().equals(new GatewayFigures.UsageKey(DAY, 7, "app-a", true)))
            .findFirst()
            .orElseThrow()
            .totals();
    assertEquals(2, test.requests());
    assertEquals(1, test.failures());
    var live =
        drained.stream()
            .filter(u -> u.key().equals(new GatewayFigures.UsageKey(DAY, 7, "app-a")))
            .findFirst()
            .orElseThrow()
            .totals();
    assertEquals(1, live.requests());
  }
}
