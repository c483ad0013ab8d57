package org.onewindow.inspection.infrastructure;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One headless Chromium for one page: started with a fresh profile in a temporary directory and a
 * DevTools port the browser picks ({@code --remote-debugging-port=0}, bound to loopback), whose
 * WebSocket address it writes to {@code DevToolsActivePort} in the profile. {@link #close} kills
 * the whole process tree (the {@code chromium} launcher is a shell script; the browser, its
 * renderers and its zygote are its descendants) and deletes the profile.
 *
 * <p>{@code --no-sandbox} only when the server runs as root, where Chromium refuses to start
 * otherwise; an unprivileged server keeps the browser's sandbox.
 */
final class ChromiumProcess implements AutoCloseable {

  private final Process process;
  private final Path profile;
  private final URI endpoint;

  private ChromiumProcess(Process process, Path profile, URI endpoint) {
    this.process = process;
    this.profile = profile;
    this.endpoint = endpoint;
  }

  /**
   * Starts the browser and waits for its DevTools address.
   *
   * @param executable the chromium binary or launcher
   * @param extraArguments further switches (tests: {@code --ignore-certificate-errors})
   * @param timeout how long the browser has to come up
   * @throws IOException when it cannot start or names no DevTools address in time
   */
  static ChromiumProcess start(Path executable, List<String> extraArguments, Duration timeout)
      throws IOException {
    Path profile = Files.createTempDirectory("onewindow-chromium-");
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.add("--headless=new");
    command.add("--remote-debugging-address=127.0.0.1");
    command.add("--remote-debugging-port=0");
    command.add("--user-data-dir=" + profile);
    if (runningAsRoot()) {
      command.add("--no-sandbox");
    }
    command.addAll(
        List.of(
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--metrics-recording-only",
            "--mute-audio",
            "--hide-scrollbars"));
    command.addAll(extraArguments);
    command.add("about:blank");
    Process process;
    try {
      process =
          new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
    } catch (IOException e) {
      deleteTree(profile);
      throw e;
    }
    ChromiumProcess started = new ChromiumProcess(process, profile, null);
    try {
      URI endpoint = awaitEndpoint(process, profile, timeout);
      return new ChromiumProcess(process, profile, endpoint);
    } catch (IOException | RuntimeException e) {
      started.close();
      throw e;
    }
  }

  /** The browser-level DevTools WebSocket address. */
  URI endpoint() {
    return endpoint;
  }

  /**
   * Reads {@code DevToolsActivePort}: the port on its first line, the browser's path on its second
   * (Chromium writes it once it listens; stderr's {@code DevTools listening on} says the same).
   */
  private static URI awaitEndpoint(Process process, Path profile, Duration timeout)
      throws IOException {
    Path file = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("chromium exited with status " + process.exitValue());
      }
      if (Files.isRegularFile(file)) {
        URI endpoint = endpointOf(Files.readString(file, StandardCharsets.UTF_8));
        if (endpoint != null) {
          return endpoint;
        }
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while chromium started", e);
      }
    }
    throw new IOException("chromium named no DevTools port in " + timeout.toMillis() + " ms");
  }

  /**
   * {@code "39343\n/devtools/browser/<id>"} → {@code ws://127.0.0.1:39343/devtools/browser/<id>}.
   */
  static URI endpointOf(String activePort) {
    String[] lines = activePort.strip().split("\\R");
    if (lines.length < 2
        || !lines[0].strip().matches("\\d{1,5}")
        || !lines[1].strip().matches("/devtools/browser/[A-Za-z0-9-]+")) {
      return null; // not yet written in full
    }
    return URI.create("ws://127.0.0.1:" + lines[0].strip() + lines[1].strip());
  }

  /** Kills the browser and everything it started, then deletes its profile. */
  @Override
  public void close() {
    List<ProcessHandle> tree = new ArrayList<>();
    try (Stream<ProcessHandle> descendants = process.toHandle().descendants()) {
      descendants.forEach(tree::add);
    }
    process.destroyForcibly();
    tree.forEach(ProcessHandle::destroyForcibly);
    try {
      process.waitFor(Duration.ofSeconds(5).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
      for (ProcessHandle child : tree) {
        child.onExit().get(5, java.util.concurrent.TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      // killed forcibly already; a zombie's parent reaps it
    }
    deleteTree(profile);
  }

  /** Whether this JVM runs as root (uid 0), read from {@code /proc/self/status} on Linux. */
  static boolean runningAsRoot() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("Uid:")) {
          return line.substring(4).strip().split("\\s+")[0].equals("0");
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: fall back to the user name
    }
    return "root".equals(System.getProperty("user.name"));
  }

  private static void deleteTree(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              path -> {
                try {
                  Files.deleteIfExists(path);
                } catch (IOException e) {
                  // the rest is still deleted; a left file is in the temporary directory
                }
              });
    } catch (IOException e) {
      // nothing to delete
    }
  }
}
