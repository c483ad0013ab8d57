package org.onewindow.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.casework.testing.CaseRecords;
import org.onewindow.crypto.Sm3;
import org.onewindow.it.support.Administrator;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.AppCentreSetup;
import org.onewindow.it.support.Browser;
import org.onewindow.it.support.DeployedPlatform;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.onewindow.it.support.Poll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;

/**
 * Issue 19's walk through the console, as two platform administrators do it: one edits a published
 * matter (001 7.1), which makes version 2 while version 1 stays in force, and submits it; the other
 * approves it (the kernel review, separation of duties) and it is published. Then cases of that
 * matter arrive in the exchange area (004 7 b), and the second administrator starts the inbound
 * sync from the jobs console, watches its progress bar move to 100 % and its run complete with
 * exact counts, and starts the outbound push, whose batch carries version 2 of the matter for the
 * government website's collector (004 7 a).
 */
@PlatformIT
// Markup and page flow are the same on both databases; the browser walks run in the H2 run.
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
class MatterSyncWalkIT {

  private static final String API = AppCentreSetup.API;

  /** Bounds each wait for the platform; no measurement. */
  private static final Duration PATIENCE = Duration.ofMinutes(3);

  /** Enough records for a run whose bar is seen between its start and its end. */
  private static final int CASES = 60;

  @RegisterExtension static final Administrators administrators = new Administrators();

  @Test
  void aNewVersionIsPublishedThroughReviewAndTheSyncRunsToCompletionInTheJobsConsole()
      throws IOException {
    Administrator editor = administrators.platformAdmin();
    Administrator reviewer = administrators.platformAdmin();
    String editorToken = editor.consoleToken();
    String reviewerToken = reviewer.consoleToken();
    String code = publishedMatter(editorToken, reviewerToken);

    // The editor changes the published item in the console: version 2, a draft, then submitted.
    String newName = "机动车驾驶证补领（第二版）";
    try (Browser browser = new Browser()) {
      browser.open(Platform.BASE_URL + "/console/");
      browser.logInAsAdministrator(editor);
      browser.find(By.id("welcomeName"));
      browser.open(Platform.BASE_URL + "/console/matter-form.xhtml?code=" + code);
      browser.type(By.id("matter-edit:matter-name"), newName);
      browser.click(By.id("matter-edit:matter-save"));
      browser.waitUntil(d -> stateShown(browser).equals("DRAFT"));
      browser.click(By.id("matter-head:matter-submit"));
      browser.waitUntil(d -> stateShown(browser).equals("SUBMITTED"));
      // The editor, a platform administrator too, is not offered the decision on its own version
      // (the service's separation of duties refuses it anyway: MatterIT).
      assertTrue(
          browser.findAll(By.id("matter-head:matter-approve")).isEmpty()
              && browser.findAll(By.id("matter-head:matter-reject")).isEmpty(),
          "no decision on one's own version");
    }
    JsonObject inForce = HttpJson.get(API + "/matters/" + code, reviewerToken).json();
    assertEquals(1, inForce.getJsonObject("data").getInt("versionNumber"), inForce.toString());

    try (Browser browser = new Browser()) {
      browser.open(Platform.BASE_URL + "/console/");
      browser.logInAsAdministrator(reviewer);
      browser.find(By.id("welcomeName"));
      browser.open(Platform.BASE_URL + "/console/matter.xhtml?code=" + code);
      browser.click(By.id("matter-head:matter-approve"));
      browser.waitUntil(d -> stateShown(browser).equals("PUBLISHED"));
      assertEquals(newName, browser.text(By.id("matter-name")));
      browser.screenshot("matter-published");

      JsonObject published = HttpJson.get(API + "/matters/" + code, reviewerToken).json();
      assertEquals(
          2, published.getJsonObject("data").getInt("versionNumber"), published.toString());
      JsonObject first = HttpJson.get(API + "/matters/" + code + "/versions/1", editorToken).json();
      assertEquals("SUPERSEDED", first.getJsonObject("data").getString("state"), first.toString());

      // Cases of the matter from a department's business system, in the exchange area.
      Set<String> caseNumbers = dropCases(code);

      browser.open(Platform.BASE_URL + "/console/");
      browser.click(By.id("menu-jobs"));
      browser.find(By.id("jobs-table"));
      // Paced: a run of some seconds, so the bar is drawn while it runs.
      browser.type(By.id("param-case-inbound-chunkSize"), "10");
      browser.type(By.id("param-case-inbound-recordsPerSecond"), "20");
      browser.click(By.id("job-start-case-inbound"));
      browser.find(By.id("execution-progress"));
      assertTrue(
          Poll.eventually(PATIENCE, () -> "COMPLETED".equals(statusShown(browser))),
          "the console shows the inbound run completed: " + statusShown(browser));
      assertEquals("100", browser.find(By.id("execution-progress")).getAttribute("aria-valuenow"));
      browser.screenshot("jobs-case-inbound-completed");
      String read =
          browser
              .find(By.cssSelector("#step-table .ow-step-row"))
              .findElement(By.className("ow-step-read"))
              .getText();
      assertEquals(Integer.toString(CASES), read, "every case read once");

      // The outbound push, started from the console too: the new version goes out.
      browser.open(Platform.BASE_URL + "/console/");
      browser.click(By.id("menu-jobs"));
      browser.click(By.id("job-start-exchange-outbound"));
      assertTrue(
          Poll.eventually(PATIENCE, () -> "COMPLETED".equals(statusShown(browser))),
          "the console shows the outbound run completed: " + statusShown(browser));
      List<JsonObject> pushed =
          recordsIn(DeployedPlatform.exchangeDirectory().resolve("outbound/implementation"));
      assertTrue(
          pushed.stream()
              .anyMatch(
                  r ->
                      code.equals(r.getString("_key"))
                          && "2".equals(r.getString("version_number", ""))
                          && newName.equals(r.getString("name", ""))),
          "version 2 of " + code + " in the exchange area");
      Set<String> basics = new HashSet<>();
      for (JsonObject r :
          recordsIn(DeployedPlatform.exchangeDirectory().resolve("outbound/case-basic"))) {
        basics.add(r.getString("_key"));
      }
      assertTrue(basics.containsAll(caseNumbers), "the synced cases go out with their basic part");
    }
  }

  /** A matter published through the API: the catalogue item, a draft, submitted and approved. */
  private static String publishedMatter(String editor, String reviewer) {
    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    String basicCode = "WALK" + suffix.toUpperCase(Locale.ROOT);
    HttpJson.Reply kept =
        HttpJson.putJson(
            API + "/catalogue/" + basicCode,
            editor,
            "{\"name\":\"机动车驾驶证补领\",\"matterType\":\"行政许可\","
                + "\"settingBasis\":\"《中华人民共和国道路交通安全法》第十九条\","
                + "\"exerciseLevels\":\"省级、市级\"}");
    assertEquals(200, kept.status(), kept.body());
    String code = "WALKMATTER" + suffix.toUpperCase(Locale.ROOT);
    String body =
        Json.createObjectBuilder()
            .add("implementationCode", code)
            .add("basicCode", basicCode)
            .add("ownerUnit", "事项巡游单位" + suffix)
            .add("name", "机动车驾驶证补领")
            .add("matterType", "ADMINISTRATIVE_LICENSING")
            .add("settingBasis", "《中华人民共和国道路交通安全法》第十九条")
            .add("exerciseLevel", "MUNICIPAL")
            .add("agency", "北京市公安局公安交通管理局")
            .add("agencyCode", "11100000000013127D")
            .add("divisionCode", "110000")
            .add("statutoryLimitDays", 20)
            .add("promisedLimitDays", 1)
            .add("onsiteVisits", 1)
            .add("acceptanceConditions", "驾驶证遗失且在有效期内")
            .add(
                "materials",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("name", "居民身份证")
                            .add("form", "paper")
                            .add("copies", 1)
                            .add("required", true)))
            .add("process", "申请、受理、审核、制证、发证")
            .add("charged", true)
            .add("chargeStandard", "工本费每证10元")
            .add("chargeItem", "机动车驾驶证工本费")
            .add("handlingType", "PROMISED")
            .add("location", "各车管所业务大厅")
            .add("officeHours", "工作日 9:00-17:00")
            .add("consultation", "12123")
            .add("faq", "")
            .add("complaint", "12345政务服务便民热线")
            .add("target", "NATURAL_PERSON")
            .add("theme", "TRANSPORT")
            .add("jurisdiction", "CROSS_REGION")
            .add("onlineUrl", "https://gab.122.gov.cn/m/licence/replace")
            .build()
            .toString();
    HttpJson.Reply created = HttpJson.postJson(API + "/matters", editor, body);
    assertEquals(201, created.status(), created.body());
    assertEquals(200, transition(code, editor, "submit").status());
    HttpJson.Reply approved = transition(code, reviewer, "approve");
    assertEquals(200, approved.status(), approved.body());
    return code;
  }

  private static HttpJson.Reply transition(String code, String token, String action) {
    return HttpJson.postJson(
        API + "/matters/" + code + "/transitions",
        token,
        Json.createObjectBuilder().add("action", action).add("reason", "").build().toString());
  }

  /**
   * {@value #CASES} generated cases of the matter as a JSON-lines batch with its manifest (§8.2),
   * numbered far from any other test's; their case numbers.
   */
  private static Set<String> dropCases(String matterCode) throws IOException {
    long from = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
    Instant now = Instant.now();
    StringBuilder lines = new StringBuilder();
    Set<String> numbers = new HashSet<>();
    for (Map<String, String> generated : CaseRecords.generate(7, from, CASES)) {
      Map<String, String> fields = new LinkedHashMap<>(CaseRecords.withVersion(generated, now));
      fields.put("matter_code", matterCode);
      numbers.add(fields.get("case_no"));
      var line = Json.createObjectBuilder();
      fields.forEach(line::add);
      lines.append(line.build()).append('\n');
    }
    Path inbox =
        Files.createDirectories(DeployedPlatform.exchangeDirectory().resolve("inbound/cases"));
    // Only this batch waits there (another class's refused file would be read again).
    try (Stream<Path> left = Files.list(inbox)) {
      for (Path file : left.filter(Files::isRegularFile).toList()) {
        Files.delete(file);
      }
    }
    String name = "walk-" + from + ".jsonl";
    byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
    Files.write(inbox.resolve(name + ".part"), bytes);
    Files.writeString(
        inbox.resolve(name + ".manifest.json"),
        Json.createObjectBuilder()
            .add("file", name)
            .add("records", CASES)
            .add("sm3", HexFormat.of().formatHex(Sm3.digest(bytes)))
            .build()
            .toString());
    Files.move(inbox.resolve(name + ".part"), inbox.resolve(name));
    return numbers;
  }

  /** Every record of a feed's batches in the exchange area. */
  private static List<JsonObject> recordsIn(Path feed) throws IOException {
    List<JsonObject> records = new ArrayList<>();
    try (Stream<Path> files = Files.list(feed)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            records.add(Json.createReader(new StringReader(line)).readObject());
          }
        }
      }
    }
    return records;
  }

  private static String stateShown(Browser browser) {
    try {
      String state = browser.find(By.id("matter-status")).getAttribute("data-state");
      return state == null ? "" : state;
    } catch (WebDriverException gone) {
      return "";
    }
  }

  private static String statusShown(Browser browser) {
    try {
      return browser.find(By.id("execution-status")).getAttribute("data-status");
    } catch (WebDriverException stale) {
      return "";
    }
  }
}
