package org.onewindow.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Stops and starts this machine's PostgreSQL cluster (Debian's {@code pg_ctlcluster}, the command
 * these machines start it with), for the outage tests. Only where the command exists and the tests
 * run as root ({@link #available}); {@link #start} is safe to call when it already runs.
 */
public final class PostgresControl {

  private static final Path CLUSTERS = Path.of("/etc/postgresql");

  private PostgresControl() {}

  /** Whether this machine lets the tests stop and start PostgreSQL. */
  public static boolean available() {
    return Files.isDirectory(CLUSTERS)
        && Files.isExecutable(Path.of("/usr/bin/pg_ctlcluster"))
        && "root".equals(System.getProperty("user.name"));
  }

  /** Stops the server ("fast": open connections are ended, as a restart by an operator does). */
  public static void stop() {
    run("stop", "-m", "fast");
  }

  /** Starts the server and returns when it accepts connections. */
  public static void start() {
    run("start");
    Poll.until(
        java.time.Duration.ofSeconds(60),
        TestPostgres::reachable,
        Boolean::booleanValue,
        "PostgreSQL did not accept connections after starting");
  }

  private static void run(String... action) {
    try {
      String version;
      try (var versions = Files.list(CLUSTERS)) {
        version = versions.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
      }
      var command = new java.util.ArrayList<String>();
      command.addAll(
          java.util.List.of(
              "pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action[0]));
      for (int i = 1; i < action.length; i++) {
        command.add(action[i]);
      }
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("pg_ctlcluster " + action[0] + " did not end");
      }
      // "start" on a running server exits 2 with "already running": that is what we want.
      if (process.exitValue() != 0 && !output.contains("already running")) {
        throw new IllegalStateException("pg_ctlcluster " + action[0] + " failed: " + output);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
