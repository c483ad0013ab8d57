package org.onewindow.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The strict reading of a scrape that MetricsClusterIT relies on. */
class PrometheusTextTest {

  @Test
  void readsSamplesWithAndWithoutLabelsAndSkipsComments() {
    PrometheusText text =
        PrometheusText.parse(
            """
            # HELP base_thread_count Number of live threads
            # TYPE base_thread_count gauge
            base_thread_count 189.0
            wildfly_datasources_pool_available_count{data_source="OneWindowDS"} 40.0
            wildfly_undertow_request_count_total{deployment="onewindow.ear",servlet="a.B",} 4 1700000000000
            odd{v="quote \\" and \\\\ and \\n"} +Inf
            """);
    assertEquals(189.0, text.value("base_thread_count"));
    assertEquals(
        40.0,
        text.value(
            "wildfly_datasources_pool_available_count", Map.of("data_source", "OneWindowDS")));
    assertEquals(4.0, text.value("wildfly_undertow_request_count_total", Map.of("servlet", "a.B")));
    assertEquals("quote \" and \\ and \n", text.samples().get(3).labels().get("v"));
    assertTrue(Double.isInfinite(text.samples().get(3).value()));
  }

  @Test
  void refusesWhatPrometheusWouldRefuse() {
    assertThrows(AssertionError.class, () -> PrometheusText.parse("no-dash-in-names 1\n"));
    assertThrows(AssertionError.class, () -> PrometheusText.parse("a{b=\"c\" 1\n"));
    assertThrows(AssertionError.class, () -> PrometheusText.parse("a{b=c} 1\n"));
    assertThrows(AssertionError.class, () -> PrometheusText.parse("a{b=\"c\",b=\"d\"} 1\n"));
    assertThrows(AssertionError.class, () -> PrometheusText.parse("a one\n"));
  }

  @Test
  void aMissingOrRepeatedSampleIsNoValue() {
    PrometheusText text = PrometheusText.parse("a{x=\"1\"} 1\na{x=\"2\"} 2\n");
    assertThrows(AssertionError.class, () -> text.value("a"));
    assertThrows(AssertionError.class, () -> text.value("b"));
  }
}
