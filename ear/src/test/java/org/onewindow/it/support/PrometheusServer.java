package org.onewindow.it.support;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Prometheus (Debian's {@code prometheus} package) run by a test on a scrape configuration
 * the product wrote, and asked through its HTTP API ({@code /api/v1/query}): an independent client
 * of the metrics, not our own reading of them. Its data lives in a fresh directory of the run.
 */
public final class PrometheusServer implements AutoCloseable {

  /** Bounds the wait for a Prometheus that never gets ready; not a measurement. */
  private static final Duration STARTUP_PATIENCE = Duration.ofSeconds(60);

  /** One series of a query's answer: its labels and its value. */
  public record Series(Map<String, String> labels, double value) {}

  private final Process process;
  private final String url;

  private PrometheusServer(Process process, String url) {
    this.process = process;
    this.url = url;
  }

  /** The {@code prometheus} binary on the PATH or Debian's, if this machine has one. */
  public static Optional<Path> binary() {
    Stream<Path> onPath =
        Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
            .filter(dir -> !dir.isBlank())
            .map(dir -> Path.of(dir, "prometheus"));
    return Stream.concat(onPath, Stream.of(Path.of("/usr/bin/prometheus")))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /**
   * Starts {@code binary} on {@code configuration}, data and log under {@code directory}, listening
   * on a free loopback port; returns once it is ready.
   */
  public static PrometheusServer start(Path binary, Path configuration, Path directory) {
    try {
      Path data = directory.resolve("prometheus-data");
      if (Files.exists(data)) {
        try (Stream<Path> old = Files.walk(data)) {
          old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      Files.createDirectories(data);
      int port = freePort();
      Process process =
          new ProcessBuilder(
                  binary.toString(),
                  "--config.file=" + configuration,
                  "--storage.tsdb.path=" + data,
                  "--web.listen-address=127.0.0.1:" + port)
              .redirectErrorStream(true)
              .redirectOutput(directory.resolve("prometheus.log").toFile())
              .start();
      PrometheusServer server = new PrometheusServer(process, "http://127.0.0.1:" + port);
      if (!Poll.eventually(STARTUP_PATIENCE, server::ready)) {
        server.close();
        throw new IllegalStateException(
            "Prometheus not ready; see " + directory.resolve("prometheus.log"));
      }
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private boolean ready() {
    if (!process.isAlive()) {
      throw new IllegalStateException("Prometheus ended with " + process.exitValue());
    }
    try {
      return HttpJson.get(url + "/-/ready", null).status() == 200;
    } catch (IllegalStateException notYet) {
      return false;
    }
  }

  /** The answer to the instant query {@code promql}: one entry per series. */
  public List<Series> query(String promql) {
    HttpJson.Reply reply =
        HttpJson.get(
            url + "/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8), null);
    if (reply.status() != 200 || !"success".equals(reply.json().getString("status", ""))) {
      throw new IllegalStateException("Prometheus refused " + promql + ": " + reply.body());
    }
    JsonArray result = reply.json().getJsonObject("data").getJsonArray("result");
    return result.stream()
        .map(JsonObject.class::cast)
        .map(
            series ->
                new Series(
                    series.getJsonObject("metric").entrySet().stream()
                        .collect(
                            java.util.stream.Collectors.toMap(
                                Map.Entry::getKey,
                                e -> ((jakarta.json.JsonString) e.getValue()).getString())),
                    Double.parseDouble(series.getJsonArray("value").getString(1))))
        .toList();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
