package org.onewindow.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Stops and starts the suite's own Keycloak with {@code keycloak-realm/keycloak}, on the port and
 * with the environment the ear module's exec plugin gave it (pom.xml, {@code start-keycloak}), so
 * that a test of an identity outage leaves the realm as it found it. A start keeps Keycloak's
 * database (no {@code --fresh}): the users and sessions the suite made are still there.
 */
public final class KeycloakControl {

  private static final Path SCRIPT = Path.of("..", "keycloak-realm", "keycloak");

  private KeycloakControl() {}

  public static void stop() {
    run("stop");
  }

  /** Starts Keycloak and returns once the realm answers (the script waits for it). */
  public static void start() {
    run("start");
  }

  /** Whether the realm's discovery document answers now. */
  public static boolean realmAnswers() {
    try {
      HttpResponse<Void> reply =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(2))
              .build()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(Platform.REALM_URL + "/.well-known/openid-configuration"))
                      .timeout(Duration.ofSeconds(5))
                      .build(),
                  HttpResponse.BodyHandlers.discarding());
      return reply.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void run(String command) {
    try {
      Path log = Files.createTempFile("keycloak-" + command, ".log");
      ProcessBuilder builder =
          new ProcessBuilder(List.of("bash", SCRIPT.toString(), command))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().put("KEYCLOAK_PORT", System.getProperty("it.keycloak.port", "8180"));
      builder.environment().put("ONEWINDOW_BASE_URL", Platform.BASE_URL);
      int exit = builder.start().waitFor();
      String output = Files.readString(log);
      Files.deleteIfExists(log);
      if (exit != 0) {
        throw new IllegalStateException(
            "keycloak " + command + " failed (" + exit + "): " + output);
      }
    } catch (IOException e) {
      throw new IllegalStateException("keycloak " + command + " did not run", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during keycloak " + command, e);
    }
  }
}
