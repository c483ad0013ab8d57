package org.onewindow.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Keycloak start script refuses clearly, and starts nothing, without a JDK >= 21. */
class KeycloakScriptTest {

  private record Outcome(int exitCode, String output) {}

  private static Outcome runScript(Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    String[] command = new String[args.length + 2];
    command[0] = "bash";
    command[1] = "keycloak";
    System.arraycopy(args, 0, command, 2, args.length);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("KEYCLOAK_JAVA_HOME");
    builder.environment().putAll(environment);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Outcome(process.waitFor(), output);
  }

  @Test
  void aKeycloakJavaHomeOlderThan21IsRefusedWithTheReason(@TempDir Path fakeJdk) throws Exception {
    Path java = fakeJdk.resolve("bin/java");
    Files.createDirectories(java.getParent());
    Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"17.0.15\" 2025-04-15' >&2\n");
    assertTrue(java.toFile().setExecutable(true));

    Outcome outcome = runScript(Map.of("KEYCLOAK_JAVA_HOME", fakeJdk.toString()), "start");

    assertEquals(1, outcome.exitCode(), outcome.output());
    assertTrue(outcome.output().contains("is not a JDK >= 21"), outcome.output());
  }

  @Test
  void withNoJdk21AnywhereTheScriptSaysHowToFixIt(@TempDir Path emptyJvmDir) throws Exception {
    Outcome outcome = runScript(Map.of("ONEWINDOW_JVM_DIR", emptyJvmDir.toString()), "start");

    assertEquals(1, outcome.exitCode(), outcome.output());
    assertTrue(outcome.output().contains("no JDK >= 21 found"), outcome.output());
    assertTrue(outcome.output().contains("KEYCLOAK_JAVA_HOME"), outcome.output());
  }

  @Test
  void anUnknownCommandIsAUsageError() throws Exception {
    Outcome outcome = runScript(Map.of(), "launch");
    assertEquals(2, outcome.exitCode());
    assertTrue(outcome.output().startsWith("usage:"), outcome.output());
  }
}
