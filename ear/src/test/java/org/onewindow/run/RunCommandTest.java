package org.onewindow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ear/onewindow run} refuses bad settings and busy ports with a reason, starting nothing.
 */
class RunCommandTest {

  private record Outcome(int exitCode, String output) {}

  private static Outcome run(Map<String, String> environment)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder("bash", "onewindow", "run").redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Outcome(process.waitFor(), output);
  }

  @Test
  void aPortInUseStopsTheRunBeforeAnythingStarts(@TempDir Path parent) throws Exception {
    Path state = parent.resolve("state");
    try (ServerSocket busy = occupy(8080)) {
      Outcome outcome = run(Map.of("ONEWINDOW_STATE", state.toString()));
      assertEquals(1, outcome.exitCode(), outcome.output());
      assertTrue(outcome.output().contains("port 8080 is already in use"), outcome.output());
      assertFalse(Files.exists(state), "nothing may have been started or written");
    }
  }

  @Test
  void anUnknownDatabaseIsRefused(@TempDir Path parent) throws Exception {
    Path state = parent.resolve("state");
    Outcome outcome = run(Map.of("ONEWINDOW_DB", "oracle", "ONEWINDOW_STATE", state.toString()));
    assertEquals(1, outcome.exitCode(), outcome.output());
    assertTrue(outcome.output().contains("ONEWINDOW_DB must be h2 or postgres"), outcome.output());
    assertFalse(Files.exists(state));
  }

  /** Listens on the port, or returns null when something else already does (busy either way). */
  private static ServerSocket occupy(int port) {
    try {
      return new ServerSocket(port, 1, InetAddress.getLoopbackAddress());
    } catch (IOException alreadyTaken) {
      return null;
    }
  }
}
