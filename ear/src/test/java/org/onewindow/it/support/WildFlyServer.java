package org.onewindow.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The build's configured WildFly ({@code ear/target/wildfly-*}, configured by the versioned {@code
 * *.cli} scripts) started on a base directory of its own under {@code target/}, the way the run
 * command starts it: {@code standalone.sh -c <config>} with the EAR in the base directory's {@code
 * deployments/}, so it is deployed once, at boot. {@link #start} returns when the deployment is in
 * and the platform answers; a server that exits, fails to deploy or never answers is reported with
 * the last lines of its log.
 */
public final class WildFlyServer implements AutoCloseable {

  /** Bounds a boot that never ends (the managed container allowed the same); not a measurement. */
  private static final Duration BOOT_PATIENCE = Duration.ofSeconds(240);

  private static final String EAR = "onewindow.ear";

  private final Path base;
  private final Process launcher;

  private WildFlyServer(Path base, Process launcher) {
    this.base = base;
    this.launcher = launcher;
  }

  /**
   * A fresh base directory: the configured server's configuration files and the EAR the build made,
   * and nothing else — no data (so an empty H2 database), no logs, no transaction store.
   */
  public static void prepare(Path base) throws IOException {
    deleteTree(base);
    Path standalone = home().resolve("standalone");
    Path configuration = Files.createDirectories(base.resolve("configuration"));
    try (Stream<Path> files = Files.list(standalone.resolve("configuration"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, configuration.resolve(file.getFileName()));
      }
    }
    Files.copy(
        Path.of(System.getProperty("onewindow.ear", "target/" + EAR)),
        Files.createDirectories(base.resolve("deployments")).resolve(EAR),
        StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * The JGroups options of a single server of the suite: TCP on its own port (7600 plus the suite's
   * offset) as the only member, and a cluster name of the suite's HTTP port, so a second suite on
   * the same host never merges with this one (there is no multicast discovery to keep them apart).
   */
  public static List<String> aloneInItsCluster() {
    return List.of(
        "-Donewindow.cluster.members=127.0.0.1["
            + (7600 + Integer.getInteger("it.port.offset", 0))
            + "]",
        "-Donewindow.cluster.name=onewindow-it-" + Platform.HTTP_PORT);
  }

  /**
   * Starts WildFly on {@code base} (made by {@link #prepare}) with server configuration {@code
   * config} and {@code properties} ({@code -Dname=value} arguments), and waits until the EAR is
   * deployed and {@code /api/v1/health} answers UP.
   */
  public static WildFlyServer start(Path base, String config, List<String> properties)
      throws IOException {
    requireFree(Platform.HTTP_PORT, "HTTP");
    requireFree(Platform.MANAGEMENT_PORT, "management");
    Files.deleteIfExists(marker(base, "deployed"));
    Files.deleteIfExists(marker(base, "failed"));
    List<String> command = new ArrayList<>();
    command.add(home().resolve("bin/standalone.sh").toString());
    command.add("-c");
    command.add(config);
    command.add("-Djboss.server.base.dir=" + base);
    command.addAll(properties);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(base.resolve("console.log").toFile());
    // The JVM running the tests (JDK 17), as the managed container used; the run command's heap.
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().put("JAVA_OPTS", "-Xms256m -Xmx1g");
    builder.environment().put("JBOSS_HOME", home().toString());
    WildFlyServer server = new WildFlyServer(base, builder.start());
    try {
      server.awaitDeployed();
      return server;
    } catch (RuntimeException | Error e) {
      server.close();
      throw e;
    }
  }

  private void awaitDeployed() {
    String state =
        Poll.until(
            BOOT_PATIENCE,
            this::bootState,
            s -> !s.equals("starting"),
            "WildFly did not deploy " + EAR + " within " + BOOT_PATIENCE.toSeconds() + " s");
    if (!state.equals("ready")) {
      throw new IllegalStateException(state + "\n" + logTail());
    }
  }

  /** "starting", "ready", or what went wrong. */
  private String bootState() {
    try {
      if (!launcher.isAlive()) {
        return "WildFly exited while starting (exit code " + launcher.exitValue() + ")";
      }
      if (Files.exists(marker(base, "failed"))) {
        return EAR
            + " failed to deploy: "
            + Files.readString(marker(base, "failed"), StandardCharsets.UTF_8);
      }
      return Files.exists(marker(base, "deployed")) && healthy() ? "ready" : "starting";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean healthy() {
    try {
      HttpJson.Reply reply = HttpJson.get(Platform.BASE_URL + "/api/v1/health", null);
      return reply.status() == 200 && reply.body().contains("\"UP\"");
    } catch (IllegalStateException notYet) {
      return false;
    }
  }

  /** The server's log file, where a failed boot or deployment explains itself. */
  public Path log() {
    return base.resolve("log").resolve("server.log");
  }

  /** The last lines of the server log (or of its console, when it died before logging). */
  public String logTail() {
    Path log = Files.exists(log()) ? log() : base.resolve("console.log");
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return "--- last lines of "
          + log
          + " ---\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log at " + log + ": " + e.getMessage() + ")";
    }
  }

  /** Kills the server's JVM with SIGKILL: no shutdown hook runs, nothing is flushed. */
  public void crash() {
    end(true);
  }

  /** Stops the server (SIGTERM: WildFly's own graceful shutdown) and waits until it is gone. */
  @Override
  public void close() {
    end(false);
  }

  private void end(boolean kill) {
    List<ProcessHandle> processes =
        Stream.concat(launcher.descendants(), Stream.of(launcher.toHandle()))
            .filter(ProcessHandle::isAlive)
            .toList();
    for (ProcessHandle process : processes) {
      if (kill) {
        process.destroyForcibly();
      } else {
        process.destroy();
      }
    }
    for (ProcessHandle process : processes) {
      try {
        process.onExit().get(60, TimeUnit.SECONDS);
      } catch (Exception stillRunning) {
        process.destroyForcibly();
      }
    }
  }

  private static Path home() {
    return Path.of(System.getProperty("jboss.home"));
  }

  private static Path marker(Path base, String suffix) {
    return base.resolve("deployments").resolve(EAR + "." + suffix);
  }

  private static void requireFree(int port, String what) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("localhost", port), 500);
      throw new IllegalStateException(
          "the "
              + what
              + " port "
              + port
              + " is taken (a server left from an earlier run? see `ss -ltnp | grep "
              + port
              + "`): stop it, or move the suite's ports (README, testing)");
    } catch (IOException free) {
      // Nothing listens: the port is ours.
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  @Override
  public String toString() {
    return "WildFly on " + base;
  }
}
