package org.onewindow.it.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.crypto.Sm3;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.Poll;
import org.onewindow.it.support.WildFlyServer;

/**
 * The inbound sync survives a {@code kill -9} with exact counts (issue 19 item 3): {@code
 * it.sync.crash.records} cases (default 1,000,000; JSON lines, 100,000 a file, with manifests) in
 * the exchange area of a WildFly of its own (H2, as {@code AcknowledgedWritesCrashIT}); {@code
 * case-inbound} killed once a few chunks committed; the server started again on the same files; the
 * lost run recovered (its lease's earlier incarnation, ADR 0011) and restarted from its last
 * checkpoint; the restarted run ends COMPLETED with every record read and written exactly once
 * ({@code READ=N WRITTEN=N STALE=0}): a record read twice would have come back STALE.
 */
class SyncCrashIT {

  private static final long RECORDS = Long.getLong("it.sync.crash.records", 1_000_000);
  private static final int PER_FILE = 100_000;
  private static final Path BASE = Path.of("target", "sync-crash-server").toAbsolutePath();
  private static final Path AREA = Path.of("target", "sync-crash-exchange").toAbsolutePath();
  private static final Duration PATIENCE = Duration.ofMinutes(20);
  private static final String API = Platform.BASE_URL + "/api/v1";

  @RegisterExtension static final Administrators administrators = new Administrators();

  private WildFlyServer server;

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aKilledInboundRunIsRestartedFromItsCheckpointWithExactCounts() throws Exception {
    WildFlyServer.prepare(BASE);
    generate(AREA, "CRASH-" + UUID.randomUUID().toString().substring(0, 8) + "-");
    server = start();
    String admin = administrators.platformAdmin().consoleToken();
    HttpJson.Reply started =
        HttpJson.postJson(
            API + "/jobs/case-inbound/executions", admin, "{\"parameters\":{\"chunkSize\":1000}}");
    assertEquals(201, started.status(), started.body());
    long id = started.json().getJsonObject("data").getJsonNumber("executionId").longValue();
    Poll.until(
        PATIENCE,
        () -> execution(id, admin),
        run -> run.getJsonNumber("commits").longValue() >= 3,
        "case-inbound " + id + " committed no chunks");
    server.crash(); // SIGKILL in the middle of the run
    server = start();

    String again = administrators.platformAdmin().consoleToken();
    JsonObject lost =
        Poll.until(
            PATIENCE,
            () -> execution(id, again),
            run -> run.containsKey("restartedAs"),
            "the killed run " + id + " was not recovered");
    assertEquals("FAILED", lost.getString("status"), lost.toString());
    long restarted = lost.getJsonNumber("restartedAs").longValue();
    JsonObject done =
        Poll.until(
            PATIENCE,
            () -> execution(restarted, freshToken()),
            run -> !run.getString("status").matches("STARTING|STARTED|STOPPING"),
            "the restarted run " + restarted + " did not end");
    assertEquals("COMPLETED", done.getString("status"), done.toString());
    assertEquals(
        "READ="
            + RECORDS
            + " WRITTEN="
            + RECORDS
            + " STALE=0 REJECTED=0 OUTSIDE_WINDOW=0 FILES="
            + files()
            + " REFUSED_FILES=0",
        done.getString("exitStatus"));
    try (Stream<Path> left = Files.list(AREA.resolve("inbound/cases"))) {
      assertTrue(
          left.allMatch(Files::isDirectory), "every file moved to done/ after its last commit");
    }
  }

  private static long files() {
    return (RECORDS + PER_FILE - 1) / PER_FILE;
  }

  private static String token;
  private static Instant tokenAt = Instant.EPOCH;

  /** A token of a platform administrator, renewed every few minutes over a long run. */
  private static String freshToken() {
    if (Duration.between(tokenAt, Instant.now()).toMinutes() >= 3) {
      token = administrators.platformAdmin().consoleToken();
      tokenAt = Instant.now();
    }
    return token;
  }

  private static JsonObject execution(long id, String bearer) {
    HttpJson.Reply reply = HttpJson.get(API + "/jobs/executions/" + id, bearer);
    assertEquals(200, reply.status(), reply.body());
    return reply.json().getJsonObject("data");
  }

  /** The cases as JSON-lines batch files with their manifests (docs/wire-formats.md §8). */
  private static void generate(Path area, String prefix) throws IOException {
    deleteTree(area);
    Path inbox = Files.createDirectories(area.resolve("inbound/cases"));
    for (long from = 0; from < RECORDS; from += PER_FILE) {
      long count = Math.min(PER_FILE, RECORDS - from);
      StringBuilder lines = new StringBuilder((int) count * 480);
      for (long i = from; i < from + count; i++) {
        String at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i).toString();
        lines
            .append("{\"case_no\":\"")
            .append(prefix)
            .append(i)
            .append("\",\"matter_code\":\"CRASHMATTER01\",\"matter_name\":\"不动产登记\",")
            .append("\"department_code\":\"CRASHDEPT\",\"department_name\":\"崩溃测试局\",")
            .append("\"division_code\":\"110105\",\"applicant_type\":\"NATURAL_PERSON\",")
            .append("\"applicant_name\":\"张三\",\"applicant_id_type\":\"RESIDENT_ID_CARD\",")
            .append("\"applicant_id_number\":\"11010519491231002X\",")
            .append("\"applicant_phone\":\"13912345678\",\"materials\":\"身份证\",")
            .append("\"accepted_at\":\"")
            .append(at)
            .append("\",\"updated_at\":\"")
            .append(at)
            .append("\"}\n");
      }
      byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
      String name = String.format("crash-%04d.jsonl", from / PER_FILE);
      Files.write(inbox.resolve(name), bytes);
      Files.writeString(
          inbox.resolve(name + ".manifest.json"),
          "{\"file\":\""
              + name
              + "\",\"records\":"
              + count
              + ",\"sm3\":\""
              + HexFormat.of().formatHex(Sm3.digest(bytes))
              + "\"}");
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static WildFlyServer start() throws IOException {
    return WildFlyServer.start(
        BASE,
        "onewindow-h2.xml",
        Stream.concat(
                Stream.of(
                    "-Djboss.socket.binding.port-offset="
                        + System.getProperty("it.port.offset", "0"),
                    "-Donewindow.keycloak.url=" + Platform.KEYCLOAK_URL,
                    "-Donewindow.inspection.enabled=false",
                    "-Donewindow.audit-verification.enabled=false",
                    "-Donewindow.demo-data=false",
                    "-Donewindow.sync.exchange-dir=" + AREA),
                WildFlyServer.aloneInItsCluster().stream())
            .toList());
  }
}
