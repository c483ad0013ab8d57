package org.onewindow.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.crypto.signing.RequestParts;
import org.onewindow.crypto.signing.RequestSigner;
import org.onewindow.crypto.sm2.Sm2PrivateKey;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.AppCentreSetup;
import org.onewindow.it.support.DeployedCluster;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.OnCluster;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.Poll;
import org.onewindow.it.support.PrometheusServer;
import org.onewindow.it.support.PrometheusText;
import org.onewindow.it.support.SampleUpstream;

/**
 * The metrics of each node in the Prometheus format (issue 17 item 5; the gateway's figures: 003
 * 6.7.2 d): each node's management interface serves its JVM, OneWindowDS pool, Undertow and
 * transaction figures ({@code metrics.cli} turns their statistics on: without it WildFly exports
 * them as zeros that never move), the figures of a node move with the requests that node serves and
 * with no other node's, and a real Prometheus run on the scrape configuration the cluster's start
 * wrote names every figure by its node.
 */
@OnCluster
class MetricsClusterIT {

  private static final Map<String, String> ONEWINDOW_DS = Map.of("data_source", "OneWindowDS");
  private static final Map<String, String> HTTP_LISTENER =
      Map.of("server", "default-server", "http_listener", "default");

  /** The gateway's call servlet, as Undertow names it in its per-servlet figures. */
  private static final String GATEWAY_SERVLET = "org.onewindow.web.gateway.GatewayServlet";

  /** Bounds the waits for a figure to be updated and for Prometheus's next scrape (every 15 s). */
  private static final Duration PATIENCE = Duration.ofMinutes(2);

  private static final byte[] BODY = "city=beijing&q=110".getBytes(StandardCharsets.UTF_8);

  @RegisterExtension static final Administrators administrators = new Administrators();

  private static SampleUpstream upstream;
  private static AppCentreSetup setup;

  @BeforeAll
  static void start() {
    upstream = new SampleUpstream();
    setup = new AppCentreSetup(administrators, "集群指标");
  }

  @AfterAll
  static void stop() {
    upstream.close();
  }

  /** An online interface and an online app bound to it: a route only this test calls. */
  private record Route(long interfaceId, String appKey, Sm2PrivateKey privateKey) {}

  private static Route newRoute() {
    long line = setup.onlineInterface(SampleUpstream.url("/bus/line"));
    JsonObject issued = setup.applyForApp("http://localhost:18091/metrics");
    long app = issued.getJsonObject("app").getJsonNumber("id").longValue();
    setup.bind(app, line);
    setup.takeOnline(app);
    return new Route(
        line,
        issued.getJsonObject("app").getString("appKey"),
        Sm2PrivateKey.fromPem(issued.getString("sm2PrivateKeyPem")));
  }

  /** {@code times} signed calls of the route through the balancer, pinned to node {@code n}. */
  private static void callOn(int n, Route route, int times) {
    String path = "/gateway/v1/interfaces/" + route.interfaceId();
    for (int i = 0; i < times; i++) {
      List<String> headers =
          new ArrayList<>(
              List.of(
                  "Cookie",
                  "OW_NODE=" + DeployedCluster.node(n),
                  "Content-Type",
                  "application/x-www-form-urlencoded"));
      new RequestSigner(route.appKey(), route.privateKey(), Clock.systemUTC())
          .sign(new RequestParts("POST", path, null, BODY))
          .headers()
          .forEach(
              (name, value) -> {
                headers.add(name);
                headers.add(value);
              });
      HttpJson.Reply reply =
          HttpJson.call(
              "POST",
              Platform.BASE_URL + path,
              null,
              new String(BODY, StandardCharsets.UTF_8),
              headers.toArray(String[]::new));
      assertEquals(200, reply.status(), "gateway call on node" + n + ": " + reply.body());
    }
  }

  /** Node {@code n}'s own figures, from its management interface. */
  private static PrometheusText scrape(int n) {
    HttpJson.Reply reply = HttpJson.get(DeployedCluster.managementUrl(n) + "/metrics", null);
    assertEquals(200, reply.status(), "management /metrics of node" + n);
    return PrometheusText.parse(reply.body());
  }

  /** Node {@code n}'s gateway figures, asked of the node itself (a scraper on its host). */
  private static PrometheusText gatewayScrape(int n) {
    HttpJson.Reply reply = HttpJson.get(DeployedCluster.nodeUrl(n) + "/gateway/metrics", null);
    assertEquals(200, reply.status(), "/gateway/metrics of node" + n);
    return PrometheusText.parse(reply.body());
  }

  /** Requests the node's Undertow counted for the gateway's call servlet (GatewayServlet). */
  private static double gatewayServletRequests(PrometheusText scrape) {
    List<PrometheusText.Sample> samples =
        scrape.samples().stream()
            .filter(s -> s.name().equals("wildfly_undertow_request_count_total"))
            .filter(s -> GATEWAY_SERVLET.equals(s.labels().get("servlet")))
            .toList();
    if (samples.isEmpty()) {
      throw new AssertionError(
          "no Undertow request count for the gateway's servlet; Undertow's series: "
              + scrape.samples().stream()
                  .filter(s -> s.name().startsWith("wildfly_undertow_request_count"))
                  .map(s -> s.labels().toString())
                  .collect(Collectors.joining(", ")));
    }
    return samples.stream().mapToDouble(PrometheusText.Sample::value).sum();
  }

  @Test
  void eachNodeServesItsJvmPoolWebAndTransactionFiguresOnItsManagementInterface() {
    for (int n = 1; n <= 2; n++) {
      PrometheusText figures = scrape(n);
      String node = "node" + n + ": ";
      assertTrue(figures.value("base_memory_usedHeap_bytes") > 0, node + "heap in use");
      assertTrue(figures.value("base_memory_maxHeap_bytes") > 0, node + "heap maximum");
      assertTrue(figures.value("base_thread_count") > 0, node + "threads");
      assertFalse(figures.all("base_gc_total", Map.of()).isEmpty(), node + "garbage collections");
      // A pool without statistics reports 0 available and 0 created: it has at least its minimum.
      assertTrue(
          figures.value("wildfly_datasources_pool_available_count", ONEWINDOW_DS) > 0,
          node + "OneWindowDS available connections (statistics on)");
      assertTrue(
          figures.value("wildfly_datasources_pool_created_count", ONEWINDOW_DS) >= 2,
          node + "OneWindowDS connections created (min-pool-size 2)");
      for (String family :
          List.of(
              "wildfly_datasources_pool_active_count",
              "wildfly_datasources_pool_in_use_count",
              "wildfly_datasources_pool_wait_count",
              "wildfly_datasources_pool_destroyed_count",
              "wildfly_datasources_pool_total_blocking_time",
              "wildfly_datasources_pool_blocking_failure_count",
              "wildfly_datasources_jdbc_prepared_statement_cache_access_count")) {
        assertTrue(figures.one(family, ONEWINDOW_DS).isPresent(), node + family);
      }
      // The balancer's health checks have reached the node: Undertow and transactions counted.
      assertTrue(
          figures.value("wildfly_undertow_request_count_total", HTTP_LISTENER) > 0,
          node + "requests on the HTTP listener (Undertow statistics on)");
      assertTrue(
          figures.one("wildfly_undertow_error_count_total", HTTP_LISTENER).isPresent(),
          node + "errors on the HTTP listener");
      assertTrue(
          figures.value("wildfly_transactions_number_of_transactions_total") > 0,
          node + "transactions begun (transaction statistics on)");
    }
  }

  @Test
  void theDatasourceAndTransactionFiguresOfANodeMoveWithTheRequestsItServes() {
    String anInterface = AppCentreSetup.API + "/interfaces/" + newRoute().interfaceId();
    for (int n = 1; n <= 2; n++) {
      int node = n;
      Map<String, Double> before = moving(scrape(node));
      // Each look first reads an interface through the balancer pinned to the node (a query on
      // OneWindowDS in a transaction): the time connections were held out of the pool (whole
      // milliseconds) grows once enough of them have been used.
      Poll.until(
          PATIENCE,
          () -> {
            HttpJson.Reply read =
                HttpJson.call(
                    "GET", anInterface, setup.system, null, "Cookie", "OW_NODE=node" + node);
            assertEquals(200, read.status(), read.body());
            return moving(scrape(node));
          },
          after -> before.keySet().stream().allMatch(f -> after.get(f) > before.get(f)),
          "node"
              + node
              + "'s OneWindowDS usage time, transactions and requests grow from "
              + before);
    }
  }

  /** The figures that every request served by the node moves. */
  private static Map<String, Double> moving(PrometheusText scrape) {
    return Map.of(
        "pool usage ms",
        scrape.value("wildfly_datasources_pool_total_usage_time", ONEWINDOW_DS),
        "transactions",
        scrape.value("wildfly_transactions_number_of_transactions_total"),
        "requests",
        scrape.value("wildfly_undertow_request_count_total", HTTP_LISTENER));
  }

  /**
   * Calls the route 3 times through node1 and 5 times through node2, and waits until each node's
   * Undertow has counted exactly its own calls for the gateway's servlet (it counts a request when
   * its exchange completes, just after the answer was sent); returns the two counts.
   */
  private static List<Double> callThreeOnNode1AndFiveOnNode2(Route route) {
    double node1Before = gatewayServletRequests(scrape(1));
    double node2Before = gatewayServletRequests(scrape(2));
    callOn(1, route, 3);
    callOn(2, route, 5);
    List<Double> expected = List.of(node1Before + 3, node2Before + 5);
    return Poll.until(
        PATIENCE,
        () -> List.of(gatewayServletRequests(scrape(1)), gatewayServletRequests(scrape(2))),
        expected::equals,
        "node1 counts its 3 gateway calls and node2 its 5, from "
            + node1Before
            + ", "
            + node2Before);
  }

  @Test
  void eachNodeCountsTheCallsItServedAndNoOther() {
    Route route = newRoute();
    callThreeOnNode1AndFiveOnNode2(route);
    for (int n = 1; n <= 2; n++) {
      Map<String, String> labels =
          Map.of(
              "interface",
              Long.toString(route.interfaceId()),
              "outcome",
              "success",
              "node",
              "node" + n);
      assertEquals(
          n == 1 ? 3.0 : 5.0,
          gatewayScrape(n).value("onewindow_gateway_requests_total", labels),
          "node" + n + "'s gateway figures name it and count its calls");
    }
  }

  @Test
  void theGatewayFiguresAreNotServedThroughTheBalancer() {
    // The balancer connects from 127.0.0.1, an address the figures are served to: the request's
    // X-Forwarded-For (HAProxy's option forwardfor) shows it came through a proxy.
    HttpJson.Reply reply = HttpJson.get(Platform.BASE_URL + "/gateway/metrics", null);
    assertEquals(403, reply.status(), reply.body());
  }

  @Test
  void aPrometheusOnTheGeneratedScrapeConfigurationNamesEachNodeOfEachFigure() throws Exception {
    Optional<Path> binary = PrometheusServer.binary();
    assumeTrue(
        binary.isPresent(),
        "Prometheus is not installed (apt-get install prometheus; .ci/run installs it): the"
            + " generated scrape configuration is not tried by a real Prometheus");
    Path configuration = DeployedCluster.scrapeConfiguration();
    assertTrue(Files.isRegularFile(configuration), "cluster start wrote " + configuration);
    Route route = newRoute();
    List<Double> servlet = callThreeOnNode1AndFiveOnNode2(route);

    try (PrometheusServer prometheus =
        PrometheusServer.start(binary.get(), configuration, DeployedCluster.stateDirectory())) {
      String gateway =
          "onewindow_gateway_requests_total{interface=\"" + route.interfaceId() + "\"}";
      Map<String, BooleanSupplier> expectations =
          Map.of(
              "both jobs up on both nodes",
              () ->
                  byNode(prometheus, "min by (node) (up)")
                          .equals(Map.of("node1", 1.0, "node2", 1.0))
                      && prometheus.query("up").size() == 4,
              "JVM threads of each node",
              () -> positiveOnBoth(prometheus, "base_thread_count"),
              "OneWindowDS available connections of each node",
              () ->
                  positiveOnBoth(
                      prometheus,
                      "wildfly_datasources_pool_available_count{data_source=\"OneWindowDS\"}"),
              "each node's gateway calls, named by Prometheus and by the node itself alike",
              () ->
                  byNode(prometheus, "sum by (node) (" + gateway + ")")
                          .equals(Map.of("node1", 3.0, "node2", 5.0))
                      && prometheus.query(gateway).stream()
                          .allMatch(
                              s -> s.labels().get("node").equals(s.labels().get("exported_node"))),
              "each node's Undertow count of the gateway servlet",
              () ->
                  byNode(
                          prometheus,
                          "sum by (node) (wildfly_undertow_request_count_total{servlet=\""
                              + GATEWAY_SERVLET
                              + "\"})")
                      .equals(Map.of("node1", servlet.get(0), "node2", servlet.get(1))));
      for (Map.Entry<String, BooleanSupplier> expected : expectations.entrySet()) {
        assertTrue(
            Poll.eventually(PATIENCE, expected.getValue()),
            expected.getKey() + "; Prometheus answered: " + describe(prometheus));
      }
    }
  }

  private static Map<String, Double> byNode(PrometheusServer prometheus, String promql) {
    return prometheus.query(promql).stream()
        .collect(
            Collectors.toMap(
                s -> s.labels().getOrDefault("node", "?"),
                PrometheusServer.Series::value,
                (a, b) -> Double.NaN));
  }

  private static boolean positiveOnBoth(PrometheusServer prometheus, String promql) {
    Map<String, Double> values = byNode(prometheus, promql);
    return values.keySet().equals(java.util.Set.of("node1", "node2"))
        && values.values().stream().allMatch(v -> v > 0);
  }

  private static String describe(PrometheusServer prometheus) {
    return prometheus.query("up").toString();
  }
}
