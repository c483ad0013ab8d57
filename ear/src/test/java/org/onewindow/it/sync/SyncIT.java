package org.onewindow.it.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.crypto.Sm3;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.DeployedPlatform;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.onewindow.it.support.Poll;

/**
 * The sync jobs on the deployed platform (issue 19 item 3; 004 7; 002 6.2): batch files dropped in
 * the server's exchange area ({@code onewindow.sync.exchange-dir}, {@link
 * DeployedPlatform#exchangeDirectory}) taken in with exact counts, a re-run all STALE, a file whose
 * SM3 does not match refused whole; the exchange-area batches with correct manifests; the upward
 * report to the bundled SANDBOX upper platform keeping its per-record rejections, and failing on
 * 5xx with its cursor kept. The methods run in order: each builds on what the ones before kept.
 */
@PlatformIT
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SyncIT {

  private static final String API = Platform.BASE_URL + "/api/v1";
  private static final Charset GBK = Charset.forName("GBK");
  private static final Duration PATIENCE = Duration.ofMinutes(3);

  @RegisterExtension static final Administrators administrators = new Administrators();

  private static String admin;
  private static String run;
  private static Path area;

  @BeforeAll
  static void anEmptyExchangeArea() throws IOException {
    area = DeployedPlatform.exchangeDirectory();
    deleteTree(area);
    admin = administrators.platformAdmin().consoleToken();
    run = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
  }

  // --- inbound ---------------------------------------------------------------------------------

  @Test
  @Order(1)
  void casesAreTakenInWithExactCountsAndARerunIsAllStale() throws IOException {
    Path inbox = Files.createDirectories(area.resolve("inbound/cases"));
    List<String> first = new ArrayList<>();
    first.add(caseLine(caseNo(1), "张三", true, true));
    first.add(caseLine(caseNo(2), "李四", true, true));
    first.add(caseLine(caseNo(3), "王五", true, false)); // no materials: the sandbox rejects it
    first.add(caseLine(caseNo(4), "赵六", true, false));
    first.add("{\"case_no\": broken");
    first.add(caseLine(caseNo(5), "钱七", false, true)); // no matter_code: casework rejects it
    first.add(caseLine(caseNo(6), "孙八", true, true));
    drop(inbox, "sync-" + run + "-001.jsonl", String.join("\n", first) + "\n", UTF8, true);
    String csv =
        "case_no,matter_code,matter_name,department_code,department_name,division_code,"
            + "applicant_type,applicant_name,applicant_id_type,applicant_id_number,"
            + "applicant_phone,materials,accepted_at,updated_at\r\n"
            + csvLine(caseNo(7), "周九")
            + csvLine(caseNo(8), "吴十")
            + csvLine(caseNo(9), "郑一");
    drop(inbox, "sync-" + run + "-002.csv", csv, GBK, true, 3); // GBK, no encoding declared
    drop(inbox, "sync-" + run + "-003.jsonl", caseLine(caseNo(99), "冯二", true, true), UTF8, false);

    JsonObject done = runToEnd("case-inbound", "{}");
    assertEquals("COMPLETED", done.getString("status"), done.toString());
    assertEquals(
        "READ=10 WRITTEN=8 STALE=0 REJECTED=2 OUTSIDE_WINDOW=0 FILES=2 REFUSED_FILES=1",
        done.getString("exitStatus"));
    List<JsonObject> kept = rejections(done);
    assertEquals(3, kept.size(), kept.toString()); // two records, one file
    assertTrue(
        kept.stream()
            .anyMatch(r -> r.getString("recordKey").equals("sync-" + run + "-001.jsonl:5")),
        "the unreadable line, by where it was read: " + kept);
    assertTrue(
        kept.stream().anyMatch(r -> r.getString("recordKey").equals("sync-" + run + "-003.jsonl")),
        "the file whose SM3 does not match: " + kept);
    assertTrue(
        kept.stream()
            .anyMatch(
                r ->
                    r.getString("recordKey").equals(caseNo(5))
                        && r.getString("excerpt").startsWith("sync-" + run + "-001.jsonl:6")),
        "casework's rejection, by the case's key: " + kept);
    assertTrue(
        kept.stream().noneMatch(r -> r.getString("excerpt").contains("钱七")),
        "personal data masked in the excerpt: " + kept);
    // The reason in the caller's language: Chinese by default, English when asked for.
    String refusedFile = "sync-" + run + "-003.jsonl";
    assertEquals("文件 " + refusedFile + " 的 SM3 摘要与清单不符，整个文件被拒收", reasonOf(kept, refusedFile));
    assertEquals(
        "The SM3 digest of file "
            + refusedFile
            + " does not match its manifest: the whole file is refused",
        reasonOf(rejections(done, "en"), refusedFile));
    assertTrue(Files.exists(inbox.resolve("done/sync-" + run + "-001.jsonl")));
    assertTrue(Files.exists(inbox.resolve("done/sync-" + run + "-002.csv.manifest.json")));
    assertTrue(Files.exists(inbox.resolve("refused/sync-" + run + "-003.jsonl")));

    // The same records again, in new files: nothing newer, so nothing written.
    drop(inbox, "sync-" + run + "-004.jsonl", String.join("\n", first) + "\n", UTF8, true);
    drop(inbox, "sync-" + run + "-005.csv", csv, GBK, true, 3);
    JsonObject again = runToEnd("case-inbound", "{}");
    assertEquals(
        "READ=10 WRITTEN=0 STALE=8 REJECTED=2 OUTSIDE_WINDOW=0 FILES=2 REFUSED_FILES=0",
        again.getString("exitStatus"));
  }

  @Test
  @Order(2)
  void theCatalogueIsTakenInFromXmlWithinItsWindow() throws IOException {
    Path inbox = Files.createDirectories(area.resolve("inbound/catalogue"));
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"GBK\"?><records>");
    for (int i = 1; i <= 3; i++) {
      xml.append("<record><basic_code>")
          .append(basicCode(i))
          .append("</basic_code><name>同步测试事项")
          .append(i)
          .append("</name><matter_type>行政许可</matter_type><setting_basis>《测试法》第")
          .append(i)
          .append("条</setting_basis><exercise_level>省级、市级</exercise_level><updated_at>")
          .append(i == 3 ? "2020-01-01T00:00:00Z" : "2026-12-01T08:00:00+08:00")
          .append("</updated_at></record>");
    }
    xml.append("</records>");
    drop(inbox, "catalogue-" + run + ".xml", xml.toString(), GBK, true, 3);
    long since = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
    JsonObject done = runToEnd("catalogue-inbound", "{\"parameters\":{\"since\":" + since + "}}");
    assertEquals(
        "READ=3 WRITTEN=2 STALE=0 REJECTED=0 OUTSIDE_WINDOW=1 FILES=1 REFUSED_FILES=0",
        done.getString("exitStatus"));
  }

  // --- outbound --------------------------------------------------------------------------------

  @Test
  @Order(3)
  void theExchangeAreaGetsBatchesWithManifestsWhoseSm3Matches() throws IOException {
    JsonObject done = runToEnd("exchange-outbound", "{\"parameters\":{\"batchSize\":3}}");
    assertEquals("COMPLETED", done.getString("status"), done.toString());
    List<String> basics = keysIn(area.resolve("outbound/case-basic"));
    for (int i : new int[] {1, 2, 3, 4, 6, 7, 8, 9}) {
      assertEquals(1, basics.stream().filter(caseNo(i)::equals).count(), caseNo(i) + " once");
    }
    assertTrue(basics.stream().noneMatch(caseNo(5)::equals), "a rejected case is not kept");
    assertTrue(keysIn(area.resolve("outbound/case-process")).contains(caseNo(1)));
    assertTrue(keysIn(area.resolve("outbound/case-result")).contains(caseNo(9)));
    List<String> catalogue = keysIn(area.resolve("outbound/catalogue"));
    assertTrue(
        catalogue.contains(basicCode(1)) && catalogue.contains(basicCode(2)), catalogue.toString());

    long files = countFiles(area.resolve("outbound"));
    JsonObject nothingNew = runToEnd("exchange-outbound", "{}");
    assertEquals("COMPLETED", nothingNew.getString("status"));
    assertEquals(files, countFiles(area.resolve("outbound")), "no change, no batch");
  }

  // --- upward ----------------------------------------------------------------------------------

  @Test
  @Order(4)
  void theUpwardReportKeepsTheSandboxsPerRecordRejections() {
    sandbox("reset=1");
    JsonObject done = runToEnd("upward-report", "{\"parameters\":{\"batchSize\":50}}");
    assertEquals("COMPLETED", done.getString("status"), done.toString());
    Matcher basic =
        Pattern.compile("case-basic\\[RECORDS=(\\d+) BATCHES=(\\d+) REJECTED=(\\d+)]")
            .matcher(done.getString("exitStatus"));
    assertTrue(basic.find(), done.getString("exitStatus"));
    assertTrue(Long.parseLong(basic.group(1)) >= 8, done.getString("exitStatus"));
    assertTrue(Long.parseLong(basic.group(3)) >= 2, "ours without materials: " + done);
    List<JsonObject> kept = rejections(done);
    for (int i : new int[] {3, 4}) {
      assertTrue(
          kept.stream()
              .anyMatch(
                  r ->
                      r.getString("recordKey").equals(caseNo(i))
                          && r.getString("reason").contains("materials")),
          "the sandbox's rejection of " + caseNo(i) + " with its reason: " + kept);
    }
    HttpJson.Reply page = HttpJson.get(Platform.BASE_URL + "/sandbox-upper-platform/", null);
    assertTrue(page.body().contains("SANDBOX upper platform"), page.body());
    assertTrue(page.body().contains("case-basic"), page.body());
  }

  @Test
  @Order(5)
  void aFailingUpperPlatformFailsTheRunAndTheNextRunReportsFromTheKeptCursor() throws IOException {
    Path inbox = area.resolve("inbound/cases");
    drop(
        inbox,
        "sync-" + run + "-006.jsonl",
        caseLine(caseNo(10), "陈一", true, true) + "\n" + caseLine(caseNo(11), "林二", true, true),
        UTF8,
        true);
    assertEquals("COMPLETED", runToEnd("case-inbound", "{}").getString("status"));

    sandbox("fail=503&times=100");
    JsonObject failed = runToEnd("upward-report", "{}");
    assertEquals("FAILED", failed.getString("status"), failed.toString());

    sandbox("reset=1");
    JsonObject done = runToEnd("upward-report", "{}");
    assertEquals("COMPLETED", done.getString("status"), done.toString());
    assertTrue(
        done.getString("exitStatus").contains("case-basic[RECORDS=2 BATCHES=1 REJECTED=0]"),
        "the two new cases, reported once: " + done);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static final Charset UTF8 = StandardCharsets.UTF_8;

  private String caseNo(int i) {
    return "SYNCIT-" + run + "-" + i;
  }

  private String basicCode(int i) {
    return "SY" + run + "0" + i;
  }

  /** A case record of 004 7 / docs/wire-formats.md §7 as JSON. */
  private static String caseLine(String caseNo, String name, boolean matter, boolean materials) {
    var json =
        Json.createObjectBuilder()
            .add("case_no", caseNo)
            .add("matter_name", "不动产登记")
            .add("department_code", "SYNCDEPT01")
            .add("department_name", "同步测试局")
            .add("division_code", "110105")
            .add("applicant_type", "NATURAL_PERSON")
            .add("applicant_name", name)
            .add("applicant_id_type", "RESIDENT_ID_CARD")
            .add("applicant_id_number", idNumber("11010519491231002"))
            .add("applicant_phone", "13912345678")
            .add("accepted_at", "2026-12-01T09:00:00+08:00")
            .add("updated_at", "2026-12-01T09:00:00+08:00");
    if (matter) {
      json.add("matter_code", "SYNCMATTER0001");
    }
    if (materials) {
      json.add("materials", "身份证;申请书");
    }
    return json.build().toString();
  }

  private static String csvLine(String caseNo, String name) {
    return String.join(
            ",",
            caseNo,
            "SYNCMATTER0001",
            "\"不动产登记, 变更\"",
            "SYNCDEPT01",
            "同步测试局",
            "110105",
            "NATURAL_PERSON",
            name,
            "RESIDENT_ID_CARD",
            idNumber("11010519491231002"),
            "13912345678",
            "身份证",
            "2026-12-01T09:00:00+08:00",
            "2026-12-01 09:00:00")
        + "\r\n";
  }

  /** GB 11643: 17 digits and their check character. */
  private static String idNumber(String first17) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * weights[i];
    }
    return first17 + "10X98765432".charAt(sum % 11);
  }

  /** A batch file with its manifest (§8.2), its SM3 right or deliberately wrong. */
  private static void drop(Path inbox, String name, String text, Charset charset, boolean rightSm3)
      throws IOException {
    drop(inbox, name, text, charset, rightSm3, text.lines().filter(l -> !l.isBlank()).count());
  }

  private static void drop(
      Path inbox, String name, String text, Charset charset, boolean rightSm3, long records)
      throws IOException {
    Files.createDirectories(inbox);
    byte[] bytes = text.getBytes(charset);
    Files.write(inbox.resolve(name), bytes);
    String sm3 = HexFormat.of().formatHex(Sm3.digest(rightSm3 ? bytes : new byte[] {1}));
    Files.writeString(
        inbox.resolve(name + ".manifest.json"),
        Json.createObjectBuilder()
            .add("file", name)
            .add("records", records)
            .add("sm3", sm3)
            .build()
            .toString());
  }

  /** Starts a job as the platform administrator and waits for its run to end. */
  private static JsonObject runToEnd(String job, String body) {
    HttpJson.Reply started = HttpJson.postJson(API + "/jobs/" + job + "/executions", admin, body);
    assertEquals(201, started.status(), started.body());
    long id = started.json().getJsonObject("data").getJsonNumber("executionId").longValue();
    return Poll.until(
        PATIENCE,
        () -> {
          HttpJson.Reply reply = HttpJson.get(API + "/jobs/executions/" + id, admin);
          assertEquals(200, reply.status(), reply.body());
          return reply.json().getJsonObject("data");
        },
        execution -> !execution.getString("status").matches("STARTING|STARTED|STOPPING"),
        job + " execution " + id + " did not end");
  }

  /** The reason of the rejection kept under {@code recordKey}. */
  private static String reasonOf(List<JsonObject> kept, String recordKey) {
    return kept.stream()
        .filter(r -> r.getString("recordKey").equals(recordKey))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no rejection of " + recordKey + ": " + kept))
        .getString("reason");
  }

  /** The rejections an execution kept (the jobs API), up to 200. */
  private static List<JsonObject> rejections(JsonObject execution) {
    return rejections(execution, "zh-CN");
  }

  /** The rejections an execution kept, up to 200, their reasons in {@code language}. */
  private static List<JsonObject> rejections(JsonObject execution, String language) {
    HttpJson.Reply reply =
        HttpJson.call(
            "GET",
            API
                + "/jobs/executions/"
                + execution.getJsonNumber("executionId").longValue()
                + "/rejections?limit=200",
            admin,
            null,
            "Accept-Language",
            language);
    assertEquals(200, reply.status(), reply.body());
    return reply.json().getJsonObject("data").getJsonArray("rows").getValuesAs(JsonObject.class);
  }

  /** TEST-ONLY switch of the SANDBOX upper platform. */
  private static void sandbox(String query) {
    HttpJson.Reply reply =
        HttpJson.postForm(
            Platform.BASE_URL + "/sandbox-upper-platform/test-switch?" + query, Map.of());
    assertEquals(200, reply.status(), reply.body());
  }

  /**
   * The keys of every record in a feed's batches, after checking each batch against its manifest:
   * the record count and SM3 of the file's bytes.
   */
  private static List<String> keysIn(Path feed) throws IOException {
    List<String> keys = new ArrayList<>();
    try (Stream<Path> files = Files.list(feed)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
        byte[] bytes = Files.readAllBytes(file);
        JsonObject manifest =
            Json.createReader(
                    new StringReader(
                        Files.readString(
                            file.resolveSibling(file.getFileName() + ".manifest.json"))))
                .readObject();
        assertEquals(
            HexFormat.of().formatHex(Sm3.digest(bytes)),
            manifest.getString("sm3"),
            file.toString());
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        assertEquals(manifest.getInt("records"), lines.size(), file.toString());
        for (String line : lines) {
          keys.add(Json.createReader(new StringReader(line)).readObject().getString("_key"));
        }
      }
    }
    return keys;
  }

  private static long countFiles(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile).count();
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
}
