package org.onewindow.it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.Browser;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.onewindow.it.support.Poll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * The jobs console and the jobs' operations (issue 19 item 5): a platform administrator starts the
 * audit chain's verification from the console with a pace that makes it run a while, watches its
 * status and progress bar move to COMPLETED and reads its steps' counts; through the API, a run is
 * stopped and restarted from its checkpoint, and the refusals hold — a completed run is not
 * restarted, a run is not restarted while its job runs, a parameter the job does not declare is
 * refused; the stopped run is then abandoned from the console, after its confirmation.
 */
@PlatformIT
// Markup and page flow are the same on both databases; the browser walks run in the H2 run.
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
// The API's stop and restart first, over the records a fresh database holds; the console's run
// then verifies what the sign-ins added since.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JobsConsoleIT {

  private static final String JOB = "audit-chain-verification";

  private static final String JOBS = Platform.BASE_URL + "/api/v1/jobs";

  /** Bounds each wait (a paced run of some seconds); no measurement. */
  private static final Duration PATIENCE = Duration.ofMinutes(3);

  @RegisterExtension static final Administrators administrators = new Administrators();

  /** The run the API test stopped (and restarted): the console's walk abandons it. */
  private static long stoppedRun;

  @Test
  @Order(2)
  void anAdministratorStartsAJobAndWatchesItsProgressToTheEnd() {
    String token = administrators.platformAdmin().consoleToken();
    try (Browser browser = new Browser()) {
      browser.open(Platform.BASE_URL + "/console/");
      browser.logInAsAdministrator(administrators.platformAdmin());
      browser.find(By.id("welcomeName"));
      // At most 20 records left to verify, one a second: a run of some seconds.
      Pace pace = Pace.upTo(moreRecords(browser, token, 20), 20, token, 1);
      browser.open(Platform.BASE_URL + "/console/");
      browser.click(By.id("menu-jobs"));
      browser.find(By.id("jobs-table"));

      browser.type(By.id("param-" + JOB + "-chunkSize"), Long.toString(pace.chunk));
      browser.type(By.id("param-" + JOB + "-recordsPerSecond"), Long.toString(pace.perSecond));
      browser.type(By.id("param-" + JOB + "-upTo"), Long.toString(pace.last));
      browser.click(By.id("job-start-" + JOB));

      WebElement status = browser.find(By.id("execution-status"));
      assertTrue(
          List.of("STARTING", "STARTED", "COMPLETED").contains(status.getAttribute("data-status")),
          status.getAttribute("data-status"));
      browser.find(By.id("execution-progress"));

      // The poll moves the status and the bar until the run completes.
      assertTrue(
          Poll.eventually(PATIENCE, () -> "COMPLETED".equals(statusShown(browser))),
          "the page shows the run completed: " + statusShown(browser));
      assertEquals("100", browser.find(By.id("execution-progress")).getAttribute("aria-valuenow"));
      assertEquals("100%", browser.text(By.id("execution-percent")));
      assertEquals("已完成", browser.text(By.id("execution-status")));

      // Its step: every record it expected read and written; nothing skipped or retried.
      WebElement step = browser.find(By.cssSelector("#step-table .ow-step-row"));
      assertEquals("verify-links", step.findElement(By.className("ow-step-name")).getText());
      String expected = step.findElement(By.className("ow-step-expected")).getText();
      assertEquals(expected, step.findElement(By.className("ow-step-read")).getText());
      assertEquals(expected, step.findElement(By.className("ow-step-written")).getText());
      assertTrue(
          step.findElement(By.className("ow-step-skipped")).getText().startsWith("0 "),
          step.getText());
      assertEquals("0", step.findElement(By.className("ow-step-retries")).getText());
      browser.find(By.id("rejection-table"));

      // The history lists it, completed.
      browser.click(By.id("history-show"));
      browser.waitUntil(
          d ->
              browser.findAll(By.cssSelector("#execution-table .ow-execution-status")).stream()
                  .anyMatch(cell -> "COMPLETED".equals(cell.getAttribute("data-status"))));

      // The run the API test stopped: abandoned from the page, once confirmed; the service's
      // rule stands behind the button (a completed run shows none).
      assertTrue(stoppedRun > 0, "the API test stopped a run first");
      browser.choose("history-status", "已停止");
      browser.click(By.id("history-show"));
      browser.waitUntil(d -> onlyStoppedListed(browser));
      browser.click(
          By.xpath(
              "//a[contains(@class,'ow-execution-id') and normalize-space(.)='#"
                  + stoppedRun
                  + "']"));
      browser.waitForText(By.id("execution-detail"), "#" + stoppedRun);
      browser.click(By.id("execution-abandon"));
      browser.click(By.id("abandon-yes"));
      assertTrue(
          Poll.eventually(PATIENCE, () -> "ABANDONED".equals(statusShown(browser))),
          "the page shows the run abandoned: " + statusShown(browser));
      assertTrue(browser.findAll(By.id("execution-abandon")).isEmpty(), "no second abandon");
      assertEquals("ABANDONED", execution(token, stoppedRun).getString("status"));
    }
  }

  @Test
  @Order(1)
  void aStoppedRunIsRestartedFromItsCheckpointAndTheRefusalsHold() {
    String token = administrators.platformAdmin().consoleToken();
    long head;
    try (Browser browser = new Browser()) {
      browser.open(Platform.BASE_URL + "/console/");
      browser.logInAsAdministrator(administrators.platformAdmin());
      browser.find(By.id("welcomeName"));
      head = moreRecords(browser, token, 30);
    }

    HttpJson.Reply unknown =
        HttpJson.postJson(
            JOBS + "/" + JOB + "/executions", token, "{\"parameters\":{\"jobXmlName\":1}}");
    assertEquals(400, unknown.status(), unknown.body());
    assertEquals(20000, unknown.json().getInt("code"), unknown.body());

    // At most 30 records left, two a second: stopped well before its end.
    Pace pace = Pace.upTo(head, 30, token, 2);
    long first = start(token, pace);
    long expected = expected(token, first);
    Poll.until(
        PATIENCE,
        () -> execution(token, first),
        run -> run.getJsonNumber("commits").longValue() >= 1,
        "run " + first + " committed no chunk");

    HttpJson.Reply tooSoon =
        HttpJson.postJson(JOBS + "/executions/" + first + "/restart", token, "");
    assertEquals(409, tooSoon.status(), "a running execution is not restarted: " + tooSoon.body());
    HttpJson.Reply again =
        HttpJson.postJson(
            JOBS + "/" + JOB + "/executions", token, "{\"parameters\":{\"chunkSize\":5}}");
    assertEquals(409, again.status(), "one run at a time: " + again.body());

    HttpJson.Reply stop = HttpJson.postJson(JOBS + "/executions/" + first + "/stop", token, "");
    assertEquals(200, stop.status(), stop.body());
    JsonObject stopped =
        Poll.until(
            PATIENCE,
            () -> execution(token, first),
            run -> "STOPPED".equals(run.getString("status")),
            "run " + first + " did not stop");
    stoppedRun = first;
    long readBeforeStop = stopped.getJsonNumber("itemsRead").longValue();
    assertTrue(readBeforeStop < expected, stopped.toString());

    HttpJson.Reply restart =
        HttpJson.postJson(JOBS + "/executions/" + first + "/restart", token, "");
    assertEquals(201, restart.status(), restart.body());
    long second = restart.json().getJsonObject("data").getJsonNumber("executionId").longValue();
    JsonObject completed =
        Poll.until(
            PATIENCE,
            () -> execution(token, second),
            run -> "COMPLETED".equals(run.getString("status")),
            "restarted run " + second + " did not complete");
    // From its checkpoint: the two runs together read every pending record once.
    assertEquals(
        expected,
        completed.getJsonNumber("itemsRead").longValue() + committedBefore(token, first),
        completed.toString());
    assertEquals(100, completed.getInt("percent"), completed.toString());

    HttpJson.Reply doneAlready =
        HttpJson.postJson(JOBS + "/executions/" + second + "/restart", token, "");
    assertEquals(409, doneAlready.status(), doneAlready.body());
    assertEquals(20001, doneAlready.json().getInt("code"), doneAlready.body());
    HttpJson.Reply continued =
        HttpJson.postJson(JOBS + "/executions/" + first + "/restart", token, "");
    assertEquals(409, continued.status(), "restarted already: " + continued.body());

    HttpJson.Reply steps = HttpJson.get(JOBS + "/executions/" + second + "/steps", token);
    assertEquals(200, steps.status(), steps.body());
    JsonObject step = steps.json().getJsonArray("data").getJsonObject(0);
    assertEquals("verify-links", step.getString("step"));
    assertEquals(0, step.getJsonNumber("skipped").longValue());

    HttpJson.Reply history =
        HttpJson.get(JOBS + "/executions?job=" + JOB + "&status=STOPPED&limit=50", token);
    assertEquals(200, history.status(), history.body());
    assertTrue(
        history.json().getJsonObject("data").getJsonArray("rows").stream()
            .anyMatch(row -> row.asJsonObject().getJsonNumber("executionId").longValue() == first),
        history.body());
    HttpJson.Reply badStatus = HttpJson.get(JOBS + "/executions?status=SLEEPING", token);
    assertEquals(400, badStatus.status(), badStatus.body());

    HttpJson.Reply rejections = HttpJson.get(JOBS + "/executions/" + second + "/rejections", token);
    assertEquals(200, rejections.status(), rejections.body());
    assertEquals(0, rejections.json().getJsonObject("data").getJsonNumber("total").longValue());
  }

  @Test
  void aScheduleIsKeptPerJobAndAnUnknownJobHasNone() {
    String token = administrators.platformAdmin().consoleToken();
    HttpJson.Reply saved =
        HttpJson.putJson(
            JOBS + "/access-unit-census/schedule",
            token,
            "{\"enabled\":false,\"dailyAt\":\"03:30\"}");
    assertEquals(200, saved.status(), saved.body());
    HttpJson.Reply both =
        HttpJson.putJson(
            JOBS + "/access-unit-census/schedule",
            token,
            "{\"enabled\":true,\"everyMinutes\":5,\"dailyAt\":\"03:30\"}");
    assertEquals(400, both.status(), both.body());
    HttpJson.Reply none =
        HttpJson.putJson(JOBS + "/no-such-job/schedule", token, "{\"enabled\":false}");
    assertEquals(404, none.status(), none.body());
    HttpJson.Reply all = HttpJson.get(JOBS + "/schedules", token);
    assertEquals(200, all.status(), all.body());
    JsonObject census =
        all.json().getJsonArray("data").stream()
            .map(v -> v.asJsonObject())
            .filter(s -> s.getString("jobName").equals("access-unit-census"))
            .findFirst()
            .orElseThrow();
    assertEquals("03:30", census.getString("dailyAt"), census.toString());
  }

  private static long committedBefore(String token, long execution) {
    return execution(token, execution).getJsonNumber("itemsWritten").longValue();
  }

  private static long start(String token, Pace pace) {
    HttpJson.Reply started =
        HttpJson.postJson(
            JOBS + "/" + JOB + "/executions",
            token,
            "{\"parameters\":{\"chunkSize\":"
                + pace.chunk
                + ",\"recordsPerSecond\":"
                + pace.perSecond
                + ",\"upTo\":"
                + pace.last
                + "}}");
    assertEquals(201, started.status(), started.body());
    return started.json().getJsonObject("data").getJsonNumber("executionId").longValue();
  }

  private static JsonObject execution(String token, long id) {
    HttpJson.Reply reply = HttpJson.get(JOBS + "/executions/" + id, token);
    assertEquals(200, reply.status(), reply.body());
    return reply.json().getJsonObject("data");
  }

  /** The run's status as the page shows it now (null while the poll replaces it). */
  private static String statusShown(Browser browser) {
    try {
      List<WebElement> shown = browser.findAll(By.id("execution-status"));
      return shown.isEmpty() ? null : shown.get(0).getAttribute("data-status");
    } catch (WebDriverException replacedMeanwhile) {
      return null;
    }
  }

  /** Whether the history lists stopped runs only (its filter applied), and some. */
  private static boolean onlyStoppedListed(Browser browser) {
    try {
      List<WebElement> cells =
          browser.findAll(By.cssSelector("#execution-table .ow-execution-status"));
      return !cells.isEmpty()
          && cells.stream().allMatch(cell -> "STOPPED".equals(cell.getAttribute("data-status")));
    } catch (WebDriverException replacedMeanwhile) {
      return false;
    }
  }

  /** What the run's step said it expects to read (its reader's count when it opened). */
  private static long expected(String token, long id) {
    JsonObject step =
        Poll.until(
            PATIENCE,
            () -> {
              HttpJson.Reply steps = HttpJson.get(JOBS + "/executions/" + id + "/steps", token);
              assertEquals(200, steps.status(), steps.body());
              var rows = steps.json().getJsonArray("data");
              return rows.isEmpty() ? null : rows.getJsonObject(0);
            },
            row -> row != null && row.containsKey("expected") && !row.isNull("expected"),
            "run " + id + " said nothing of what it expects");
    return step.getJsonNumber("expected").longValue();
  }

  /**
   * Adds {@code count} records to the audit chain — an administrator's schedule changes are
   * audited; the census's schedule is left off — and returns the chain's head once they are in.
   */
  private static long moreRecords(Browser browser, String token, int count) {
    long before = chainHead(browser, 0);
    for (int i = 0; i < count; i++) {
      HttpJson.Reply saved =
          HttpJson.putJson(
              JOBS + "/access-unit-census/schedule",
              token,
              "{\"enabled\":false,\"everyMinutes\":" + (60 + i) + "}");
      assertEquals(200, saved.status(), saved.body());
    }
    return chainHead(browser, before + count);
  }

  /**
   * The audit chain's last record, as the audit page's first row shows it (newest first), once the
   * chain holds at least {@code atLeast} records: the test cannot reach the server's embedded
   * database, and a fresh one receives the realm's events (the suite's sign-ins) a while after they
   * happen.
   */
  private static long chainHead(Browser browser, long atLeast) {
    return Poll.until(
        PATIENCE,
        () -> {
          browser.open(Platform.BASE_URL + "/console/audit.xhtml");
          browser.find(By.id("audit:records"));
          List<WebElement> first = browser.findAll(By.cssSelector(".ow-audit-row td"));
          if (first.isEmpty()) {
            return 0L;
          }
          String cell = first.get(0).getText().replaceAll("(?s).*?(\\d+)\\s*$", "$1");
          return cell.matches("\\d+") ? Long.parseLong(cell) : 0L;
        },
        head -> head >= atLeast,
        "the audit chain holds fewer than " + atLeast + " records");
  }

  /**
   * A run over the chain up to {@code head} (upTo) with at most {@code records} left to verify
   * (everything before is verified first, unpaced), {@code perSecond} records a second in chunks of
   * one.
   */
  private record Pace(long last, long perSecond, long chunk) {
    static Pace upTo(long head, int records, String token, long perSecond) {
      long drainTo = Math.max(1, head - records);
      HttpJson.Reply drain =
          HttpJson.postJson(
              JOBS + "/" + JOB + "/executions",
              token,
              "{\"parameters\":{\"upTo\":" + drainTo + "}}");
      assertEquals(201, drain.status(), drain.body());
      long id = drain.json().getJsonObject("data").getJsonNumber("executionId").longValue();
      Poll.until(
          PATIENCE,
          () -> execution(token, id),
          run -> "COMPLETED".equals(run.getString("status")),
          "the verification up to " + drainTo + " did not complete");
      return new Pace(head, perSecond, 1);
    }
  }
}
