package org.onewindow.it.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The EAR deployed once per database run. The first {@link PlatformIT} class of a failsafe
 * execution starts WildFly with the run's configuration ({@code onewindow-h2.xml} or {@code
 * onewindow-pg.xml}) on an empty database and the EAR the build made; every later class finds it
 * running; it stops when the execution's JUnit session ends ({@link PlatformSession}) or, failing
 * that, when the test JVM exits. A server that fails to start fails the first class with the log's
 * last lines, and every later class at once with the same cause, instead of each waiting for a boot
 * of its own. Keycloak-only classes never start it.
 *
 * <p>Because the classes share one database, each makes its own data (its own access unit, apps,
 * interfaces and administrators) and never counts what others made.
 */
public final class DeployedPlatform implements BeforeAllCallback {

  private static RunningPlatform running;

  @Override
  public void beforeAll(ExtensionContext context) {
    require();
  }

  /** The run's server, started now if no class started it yet. */
  static synchronized void require() {
    if (running == null) {
      running = RunningPlatform.start();
    }
    running.requireRunning();
  }

  /** Stops the run's server, if one was started. */
  static synchronized void stop() {
    if (running != null) {
      running.close();
      running = null;
    }
  }

  /**
   * What a managed server of this run is started with: the suite's port offset and a JGroups
   * cluster of its own, the database, and the {@link #suiteOptions}.
   */
  static List<String> serverProperties(String database) {
    List<String> properties =
        new ArrayList<>(
            List.of(
                "-Djboss.socket.binding.port-offset=" + System.getProperty("it.port.offset", "0"),
                "-Donewindow.keycloak.url=" + Platform.KEYCLOAK_URL));
    properties.addAll(WildFlyServer.aloneInItsCluster());
    if ("pg".equals(database)) {
      properties.add("-Donewindow.db.url=" + TestPostgres.serverUrl());
    }
    properties.addAll(suiteOptions());
    return properties;
  }

  /** The browser the suite's page inspections render in, when the machine has it. */
  public static final Path CHROMIUM =
      Path.of(System.getProperty("it.chromium", "/usr/bin/chromium"));

  /**
   * What every server of the suite runs with, a single node or a cluster's: no inspection or audit
   * verification timer (the tests start those jobs themselves), loopback reachable on the tests'
   * upstream port and its own HTTP port (the SANDBOX upper platform) only, the sync jobs' exchange
   * area and upper platform, transaction statistics on, and the demo seed as {@code it.demo-data}
   * says.
   */
  static List<String> suiteOptions() {
    List<String> options =
        new ArrayList<>(
            List.of(
                "-Dwildfly.transactions.statistics-enabled=true",
                "-Donewindow.inspection.enabled=false",
                "-Donewindow.audit-verification.enabled=false",
                "-Donewindow.outbound.loopback-ports="
                    + SampleUpstream.PORT
                    + ","
                    + Platform.HTTP_PORT,
                // The sync jobs (SyncIT): an exchange area the tests can write to, the bundled
                // SANDBOX upper platform on this server, short backoff and timeout.
                "-Donewindow.sync.exchange-dir=" + exchangeDirectory(),
                "-Donewindow.upper-platform.url="
                    + Platform.BASE_URL.replace("localhost", "127.0.0.1")
                    + "/sandbox-upper-platform/batches",
                "-Donewindow.upper-platform.backoff-ms=200",
                "-Donewindow.upper-platform.timeout-ms=3000"));
    // 界面巡检 in a headless browser (003 6.7.3) wherever the machine has Chromium; without it the
    // page inspections stay HTTP-only, as on a node without the property.
    if (java.nio.file.Files.isExecutable(CHROMIUM)) {
      options.add("-Donewindow.inspection.chromium=" + CHROMIUM);
    }
    // -Dit.demo-data=false runs the suite without the demo seed, which no test may lean on.
    String demoData = System.getProperty("it.demo-data", "");
    if (!demoData.isBlank()) {
      options.add("-Donewindow.demo-data=" + demoData);
    }
    return options;
  }

  /**
   * The exchange area of the suite's servers ({@code onewindow.sync.exchange-dir}): the tests drop
   * inbound files there and read the outbound batches.
   */
  public static java.nio.file.Path exchangeDirectory() {
    return Path.of("target", "it-exchange").toAbsolutePath();
  }

  /** The run's one server, or why it did not start. */
  static final class RunningPlatform implements AutoCloseable {

    private final WildFlyServer server;
    private final Thread stopOnExit;
    private final RuntimeException failure;

    private RunningPlatform(WildFlyServer server, RuntimeException failure) {
      this.server = server;
      this.failure = failure;
      // Should the JVM end without the session closing (failsafe's fork stopped), stop anyway.
      this.stopOnExit = server == null ? null : new Thread(server::close, "stop-wildfly");
      if (stopOnExit != null) {
        Runtime.getRuntime().addShutdownHook(stopOnExit);
      }
    }

    static RunningPlatform start() {
      String database = Platform.database();
      String config = "onewindow-" + database + ".xml";
      Path base = Path.of("target", "it-server-" + database).toAbsolutePath();
      long started = System.nanoTime();
      try {
        if ("pg".equals(database)) {
          TestPostgres.resetSchema();
        }
        WildFlyServer.prepare(base);
        WildFlyServer server = WildFlyServer.start(base, config, serverProperties(database));
        System.out.printf(
            "[onewindow-it] WildFly (%s) up with onewindow.ear deployed after %d s; log: %s%n",
            config, (System.nanoTime() - started) / 1_000_000_000L, server.log());
        return new RunningPlatform(server, null);
      } catch (IOException | RuntimeException e) {
        return new RunningPlatform(
            null,
            new IllegalStateException(
                "WildFly (" + config + ") with onewindow.ear did not start on " + base, e));
      }
    }

    void requireRunning() {
      if (failure != null) {
        throw failure;
      }
    }

    @Override
    public void close() {
      if (server != null) {
        server.close();
        try {
          Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
          // The JVM is already exiting: the hook runs (a second stop does nothing).
        }
      }
    }
  }
}
