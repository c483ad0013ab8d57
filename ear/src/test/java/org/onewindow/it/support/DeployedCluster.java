package org.onewindow.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The cluster of the {@code it-cluster} execution, started once by the product's own command
 * ({@code ear/cluster/cluster.sh start}, what {@code ear/onewindow cluster start} runs): two
 * WildFly nodes on the PostgreSQL schema of the suite, emptied first, behind HAProxy on the suite's
 * HTTP port, so {@link Platform#BASE_URL} is the balancer and every support class works unchanged.
 * It stops when the execution's JUnit session ends ({@link PlatformSession}). The classes of the
 * execution crash and restart nodes through the same command ({@link #crash}, {@link #restart}).
 */
public final class DeployedCluster implements BeforeAllCallback {

  /** Each node's port offset, past the suite's own: node1 +200, node2 +300 (never Keycloak's). */
  private static final int[] NODE_OFFSETS = {200, 300};

  /** Bounds a command that never ends (two boots in a row on 2 cores); not a measurement. */
  private static final Duration COMMAND_PATIENCE = Duration.ofMinutes(10);

  private static RuntimeException failure;
  private static boolean started;

  @Override
  public void beforeAll(ExtensionContext context) {
    require();
  }

  /** The run's cluster, started now if no class started it yet. */
  static synchronized void require() {
    if (!started && failure == null) {
      long begin = System.nanoTime();
      try {
        TestPostgres.resetSchema();
        command("start");
        started = true;
        Runtime.getRuntime().addShutdownHook(new Thread(DeployedCluster::stop, "stop-cluster"));
        System.out.printf(
            "[onewindow-it] cluster of %d nodes up behind the balancer after %d s; logs: %s%n",
            NODE_OFFSETS.length, (System.nanoTime() - begin) / 1_000_000_000L, state());
      } catch (RuntimeException e) {
        failure = new IllegalStateException("the cluster did not start", e);
        stopQuietly();
      }
    }
    if (failure != null) {
      throw failure;
    }
    // A class before this one may have killed a node: start it again, so every class finds both.
    for (int n = 1; n <= NODE_OFFSETS.length; n++) {
      if (!serves(n)) {
        restart(n);
      }
    }
  }

  private static boolean serves(int n) {
    try {
      return HttpJson.get(nodeUrl(n) + "/api/v1/health", null).status() == 200;
    } catch (IllegalStateException noAnswer) {
      return false;
    }
  }

  /** Stops the balancer and both nodes, if this run started them. */
  static synchronized void stop() {
    if (started) {
      stopQuietly();
      started = false;
    }
  }

  private static void stopQuietly() {
    try {
      command("stop");
    } catch (RuntimeException e) {
      System.out.println("[onewindow-it] cluster stop: " + e.getMessage());
    }
  }

  /** The cookie value that pins a browser to node {@code n} (1-based) at the balancer. */
  public static String node(int n) {
    return "node" + n;
  }

  /** Node {@code n}'s own address, past the balancer. */
  public static String nodeUrl(int n) {
    return "http://localhost:" + (Platform.HTTP_PORT + NODE_OFFSETS[n - 1]);
  }

  /**
   * Node {@code n}'s management interface (127.0.0.1, WildFly's 9990 plus the node's offset, as the
   * cluster's start computes it), where WildFly serves the node's metrics at {@code /metrics}.
   */
  public static String managementUrl(int n) {
    int offset = Integer.getInteger("it.port.offset", 0) + NODE_OFFSETS[n - 1];
    return "http://127.0.0.1:" + (9990 + offset);
  }

  /** The Prometheus scrape configuration the cluster's start wrote, naming each node. */
  public static Path scrapeConfiguration() {
    return state().resolve("prometheus.yml");
  }

  /** The run's state directory (logs, pid files, generated configurations). */
  public static Path stateDirectory() {
    return state();
  }

  /** Kills node {@code n}'s JVM with SIGKILL (a crash: nothing is flushed, no shutdown hook). */
  public static void crash(int n) {
    command("crash-node", Integer.toString(n));
  }

  /** Starts node {@code n} again and returns when it serves. */
  public static void restart(int n) {
    command("start-node", Integer.toString(n));
  }

  /**
   * Starts node {@code n} with {@code ear} instead of the build's EAR and {@code configuration}
   * (when not null) instead of the build's server configuration; returns when it answers — a node
   * with an older build than another member answers 503 and counts as started.
   */
  public static void restart(int n, Path ear, Path configuration) {
    Map<String, String> environment = new java.util.HashMap<>();
    environment.put("ONEWINDOW_EAR", ear.toAbsolutePath().toString());
    if (configuration != null) {
      environment.put("ONEWINDOW_NODE_CONFIGURATION", configuration.toAbsolutePath().toString());
    }
    command(environment, "start-node", Integer.toString(n));
  }

  /** Stops node {@code n} gracefully (its stamp leaves the members' list). */
  public static void stop(int n) {
    command("stop-node", Integer.toString(n));
  }

  /** Freezes node {@code n}'s JVM with SIGSTOP: its sockets stay open, nothing it does advances. */
  public static void suspend(int n) {
    command("suspend-node", Integer.toString(n));
  }

  /** Lets a suspended node {@code n} run on (SIGCONT). */
  public static void resume(int n) {
    command("resume-node", Integer.toString(n));
  }

  /** The build's EAR, as every node runs it unless told otherwise. */
  public static Path ear() {
    return Path.of(System.getProperty("onewindow.ear")).toAbsolutePath();
  }

  /** The server configuration the build made for the nodes (PostgreSQL). */
  public static Path serverConfiguration() {
    return Path.of(System.getProperty("jboss.home"), "standalone", "configuration")
        .resolve("onewindow-pg.xml");
  }

  /** Node {@code n}'s server log. */
  public static Path log(int n) {
    return state().resolve("node" + n).resolve("log").resolve("server.log");
  }

  private static Path state() {
    return Path.of("target", "it-cluster").toAbsolutePath();
  }

  private static void command(String... arguments) {
    command(Map.of(), arguments);
  }

  private static void command(Map<String, String> overrides, String... arguments) {
    Path script = Path.of(System.getProperty("onewindow.cluster.script", "cluster/cluster.sh"));
    List<String> command =
        new java.util.ArrayList<>(List.of("bash", script.toAbsolutePath().toString()));
    command.addAll(List.of(arguments));
    try {
      Files.createDirectories(state());
      Path output = state().resolve("command.log");
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
      Map<String, String> environment = builder.environment();
      environment.put("ONEWINDOW_CLUSTER_STATE", state().toString());
      environment.put("ONEWINDOW_CLUSTER_PORT", Integer.toString(Platform.HTTP_PORT));
      int base = Integer.getInteger("it.port.offset", 0);
      environment.put(
          "ONEWINDOW_CLUSTER_OFFSETS", (base + NODE_OFFSETS[0]) + " " + (base + NODE_OFFSETS[1]));
      environment.put("ONEWINDOW_CLUSTER_NAME", "onewindow-it-" + Platform.HTTP_PORT);
      environment.put("ONEWINDOW_DB_URL", TestPostgres.serverUrl());
      environment.put("ONEWINDOW_KEYCLOAK_URL", Platform.KEYCLOAK_URL);
      environment.put(
          "ONEWINDOW_EAR",
          Path.of(System.getProperty("onewindow.ear")).toAbsolutePath().toString());
      environment.put("ONEWINDOW_START_TIMEOUT", "300");
      environment.put("ONEWINDOW_NODE_OPTS", String.join(" ", DeployedPlatform.suiteOptions()));
      // The JVM running the tests (JDK 17) runs the nodes, as for the single node.
      environment.put("JAVA_HOME", System.getProperty("java.home"));
      environment.put("JBOSS_HOME", System.getProperty("jboss.home"));
      environment.putAll(overrides);
      Process process = builder.start();
      if (!process.waitFor(COMMAND_PATIENCE.toMinutes(), TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException(
            String.join(" ", arguments) + " did not end" + tail(output));
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            "cluster " + String.join(" ", arguments) + " failed" + tail(output));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String tail(Path output) throws IOException {
    List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
    return ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }
}
