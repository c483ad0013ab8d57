package org.onewindow.it.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.it.support.Administrator;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.AppCentreSetup;
import org.onewindow.it.support.Browser;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.onewindow.it.support.Poll;
import org.onewindow.it.support.SampleUpstream;
import org.openqa.selenium.By;

/**
 * Interface and UI inspection with automatic alarms (000 8.2.3 c 接口巡检、界面巡检、问题告警; 003 6.7.3) against
 * a real upstream started here. The platform runs with {@code
 * -Donewindow.inspection.enabled=false}: nothing waits for the 5-minute timer; the tests start the
 * {@code interface-inspection} job through the API (立即巡检) and wait for that run to end.
 */
@PlatformIT
class InspectionIT {

  private static final String API = Platform.BASE_URL + "/api/v1";

  /** A loopback port the tests' outbound policy does not allow (it allows the upstream's). */
  private static final int REFUSED_PORT = SampleUpstream.PORT + 7;

  @RegisterExtension static final Administrators administrators = new Administrators();

  private static SampleUpstream upstream;
  private static AppCentreSetup setup;
  private static String system;
  private static Administrator administrator;
  private static String admin;

  @BeforeAll
  static void aUnitOfOurOwn() {
    upstream = new SampleUpstream();
    setup = new AppCentreSetup(administrators, "巡检测试");
    system = setup.system;
    administrator = administrators.platformAdmin();
    admin = administrator.consoleToken();
  }

  @AfterAll
  static void stop() {
    upstream.close();
  }

  @Test
  void aFailingInterfaceRaisesOneAlarmOnItsAppUntilItRecovers() {
    // A path of its own under /flaky: the database is the whole run's, and a run of everything due
    // (twoRunsAtOnce…) also calls other classes' /flaky interfaces on this upstream.
    String flakyPath = "/flaky/inspection-" + UUID.randomUUID();
    long flaky = onlineInterface(SampleUpstream.url(flakyPath));
    long app = draftApp("http://localhost:" + SampleUpstream.PORT + "/page");
    bind(app, flaky);

    // Inspected OK, with the examples the registration's descriptions give (如：北京 / 如：110).
    JsonObject ok = inspect("interface", flaky).get(0);
    assertEquals("OK", ok.getString("outcome"), ok.toString());
    assertEquals("INTERFACE_CALL", ok.getString("check"));
    assertEquals(200, ok.getInt("httpStatus"));
    assertEquals(1, upstream.callsTo(flakyPath));
    assertEquals("北京", upstream.lastForm().get("city"));
    assertEquals("110", upstream.lastForm().get("q"));
    assertTrue(alarms(app).isEmpty());

    upstream.failing(true);
    JsonObject failed = inspect("interface", flaky).get(0);
    assertEquals("FAILED", failed.getString("outcome"), failed.toString());
    assertEquals(500, failed.getInt("httpStatus"));
    assertTrue(failed.getString("reason").contains("HTTP 500"), failed.toString());
    List<JsonObject> raised = alarms(app);
    assertEquals(1, raised.size(), raised.toString());
    assertTrue(raised.get(0).getBoolean("open"));
    assertTrue(raised.get(0).getString("text").contains("接口巡检失败"), raised.toString());

    // Still failing at the next inspection: counted on the open alarm, no second note.
    assertEquals("FAILED", inspect("interface", flaky).get(0).getString("outcome"));
    assertEquals(1, alarms(app).size(), alarms(app).toString());
    assertTrue(alarms(app).get(0).getBoolean("open"));

    upstream.failing(false);
    JsonArray records = inspectAll("interface", flaky);
    assertEquals("OK", records.getJsonObject(0).getString("outcome"));
    assertEquals(4, records.size());
    List<JsonObject> after = alarms(app);
    assertEquals(1, after.size(), after.toString());
    assertFalse(after.get(0).getBoolean("open"), after.toString());
    assertTrue(after.get(0).getString("outcome").startsWith("自动恢复"), after.toString());
    assertEquals(4, upstream.callsTo(flakyPath));
  }

  @Test
  void anOnlineAppsPageIsInspectedAndABrokenOneRaisesAUiAlarm() {
    long good = onlineApp("http://localhost:" + SampleUpstream.PORT + "/page");
    JsonObject ok = inspect("app", good).get(0);
    assertEquals("OK", ok.getString("outcome"), ok.toString());
    assertEquals("PAGE", ok.getString("check"));
    assertTrue(alarms(good).isEmpty());

    long broken = onlineApp("http://localhost:" + SampleUpstream.PORT + "/page-broken");
    JsonObject failed = inspect("app", broken).get(0);
    assertEquals("FAILED", failed.getString("outcome"), failed.toString());
    assertTrue(failed.getString("reason").contains("不是 HTML"), failed.toString());
    List<JsonObject> raised = alarms(broken);
    assertEquals(1, raised.size(), raised.toString());
    assertTrue(raised.get(0).getString("text").contains("界面巡检失败"), raised.toString());
  }

  /**
   * 界面巡检 in a headless browser (003 6.7.3), where the machine has Chromium (the suite then starts
   * the server with {@code -Donewindow.inspection.chromium}): a clean page is rendered, its
   * screenshot kept and served to who may see the app; a page with a script error and a broken link
   * fails with both found, raising the page alarm. Without Chromium the record says the browser
   * check was not available, and the page still passes on its HTTP check.
   */
  @Test
  void anAppsPageIsRenderedInABrowserAndItsErrorsFailIt() {
    long good = onlineApp("http://localhost:" + SampleUpstream.PORT + "/page");
    JsonObject ok = inspect("app", good).get(0);
    assertEquals("OK", ok.getString("outcome"), ok.toString());
    if (!java.nio.file.Files.isExecutable(org.onewindow.it.support.DeployedPlatform.CHROMIUM)) {
      assertEquals("NOT_AVAILABLE", ok.getString("browserCheck"), ok.toString());
      assertFalse(ok.getBoolean("screenshotAvailable"));
      return;
    }
    assertEquals("RENDERED", ok.getString("browserCheck"), ok.toString());
    assertEquals(0, ok.getInt("renderErrors"), ok.toString());
    assertTrue(ok.getJsonNumber("pageBytes").longValue() > 0, ok.toString());
    assertTrue(ok.getBoolean("screenshotAvailable"), ok.toString());
    String screenshot =
        API + "/inspections/records/" + ok.getJsonNumber("id").longValue() + "/screenshot";
    assertEquals(200, HttpJson.get(screenshot, admin).status());
    assertTrue(HttpJson.get(screenshot, admin).body().contains("PNG"));

    long bad = onlineApp("http://localhost:" + SampleUpstream.PORT + "/page-rendering-badly");
    JsonObject failed = inspect("app", bad).get(0);
    assertEquals("FAILED", failed.getString("outcome"), failed.toString());
    assertEquals(1, failed.getInt("renderErrors"), failed.toString());
    assertTrue(
        failed.getJsonArray("renderMessages").getString(0).contains("notDefinedAnywhere"),
        failed.toString());
    assertEquals(1, failed.getInt("brokenLinks"), failed.toString());
    assertTrue(
        failed.getJsonArray("brokenLinkUrls").getString(0).contains("/zz-nowhere (HTTP 404)"),
        failed.toString());
    assertTrue(failed.getString("reason").startsWith("浏览器检查发现问题"), failed.toString());
    List<JsonObject> raised = alarms(bad);
    assertEquals(1, raised.size(), raised.toString());
    assertTrue(raised.get(0).getString("text").contains("界面巡检失败"), raised.toString());
  }

  @Test
  void anAddressTheGuardRefusesFailsWithTheReasonAndIsNeverCalled() {
    try (SampleUpstream refused = new SampleUpstream(REFUSED_PORT)) {
      long id = onlineInterface("http://127.0.0.1:" + REFUSED_PORT + "/bus/line");
      JsonObject record = inspect("interface", id).get(0);
      assertEquals("FAILED", record.getString("outcome"), record.toString());
      assertEquals(0, record.getInt("httpStatus"));
      assertEquals("端口不在允许范围", record.getString("reason"));
      assertEquals(0, refused.calls("/bus/line"));
    }
  }

  @Test
  void twoRunsAtOnceInspectADueSubjectOnce() {
    // Its own path: the run of everything due may also inspect other tests' subjects.
    String path = "/bus/line/once-" + UUID.randomUUID();
    long id = onlineInterface(SampleUpstream.url(path));
    long first = start("{\"subjectType\":\"interface\",\"subjectId\":" + id + "}");
    long second = start("{}");
    finished(first);
    finished(second);
    assertEquals(1, records("interface", id).size());
    assertEquals(1, upstream.callsTo(path));
  }

  @Test
  void onlyAnAdministratorInspectsNowAndOnlyWhatIsOnline() {
    HttpJson.Reply bySystem = HttpJson.postJson(API + "/inspections", system, "{}");
    assertEquals(403, bySystem.status(), bySystem.body());
    long draft = draftApp("http://localhost:" + SampleUpstream.PORT + "/page");
    HttpJson.Reply notOnline =
        HttpJson.postJson(
            API + "/inspections", admin, "{\"subjectType\":\"app\",\"subjectId\":" + draft + "}");
    assertEquals(409, notOnline.status(), notOnline.body());
    HttpJson.Reply badType =
        HttpJson.postJson(
            API + "/inspections", admin, "{\"subjectType\":\"page\",\"subjectId\":" + draft + "}");
    assertEquals(400, badType.status(), badType.body());
  }

  @Test
  void anAdministratorInspectsNowFromTheInterfacePageAndSeesTheRecord() {
    long id = onlineInterface(SampleUpstream.url("/bus/line"));
    try (Browser browser = new Browser()) {
      browser.open(Platform.BASE_URL + "/console/");
      browser.logInAsAdministrator(administrator);
      browser.find(By.id("welcomeName"));
      String page = Platform.BASE_URL + "/console/interface.xhtml?id=" + id;
      browser.open(page);
      browser.click(By.id("inspection:inspectNow"));
      // The run is asynchronous: wait until the page, fetched again, lists its record.
      browser.waitUntil(
          driver -> {
            driver.navigate().to(page);
            return !driver.findElements(By.cssSelector(".ow-inspection-OK")).isEmpty();
          });
      String row = browser.text(By.cssSelector("tr.ow-inspection-row"));
      assertTrue(row.contains("接口调用") && row.contains("正常"), row);
      browser.runAsync(
          "document.getElementById('inspection').scrollIntoView();"
              + " arguments[arguments.length - 1](true);");
      browser.screenshot("inspection-interface-page");
    }
  }

  // --- helpers -------------------------------------------------------------------------------

  /** 立即巡检 of one subject; its records afterwards, newest first. */
  private static List<JsonObject> inspect(String type, long id) {
    return inspectAll(type, id).getValuesAs(JsonObject.class);
  }

  private static JsonArray inspectAll(String type, long id) {
    finished(start("{\"subjectType\":\"" + type + "\",\"subjectId\":" + id + "}"));
    return records(type, id);
  }

  private static long start(String body) {
    HttpJson.Reply started = HttpJson.postJson(API + "/inspections", admin, body);
    assertEquals(201, started.status(), started.body());
    return started.json().getJsonObject("data").getJsonNumber("executionId").longValue();
  }

  /** Waits for the run to end (a resource, not a clock: at most about a minute). */
  private static void finished(long execution) {
    Set<String> ended = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");
    JsonObject run =
        Poll.until(
            Duration.ofMinutes(1),
            () -> {
              HttpJson.Reply reply =
                  HttpJson.get(API + "/inspections/executions/" + execution, admin);
              assertEquals(200, reply.status(), reply.body());
              return reply.json().getJsonObject("data");
            },
            r -> ended.contains(r.getString("status")),
            "inspection run " + execution + " did not end");
    assertEquals("COMPLETED", run.getString("status"), run.toString());
  }

  private static JsonArray records(String type, long id) {
    HttpJson.Reply reply =
        HttpJson.get(API + "/inspections?subjectType=" + type + "&subjectId=" + id, system);
    assertEquals(200, reply.status(), reply.body());
    return reply.json().getJsonArray("data");
  }

  /** The app's alarms written by the platform's inspection. */
  private static List<JsonObject> alarms(long app) {
    HttpJson.Reply notes = HttpJson.get(API + "/apps/" + app + "/notes", system);
    assertEquals(200, notes.status(), notes.body());
    return notes.json().getJsonArray("data").getValuesAs(JsonObject.class).stream()
        .filter(n -> "ALARM".equals(n.getString("kind")))
        .filter(n -> "system:inspection".equals(n.getString("writtenBy")))
        .toList();
  }

  private static long onlineInterface(String address) {
    return setup.onlineInterface(address);
  }

  private static long draftApp(String pageUrl) {
    return setup.applyForApp(pageUrl).getJsonObject("app").getJsonNumber("id").longValue();
  }

  /** Applied, tested, submitted, approved and published to the first hall (000 9.3). */
  private static long onlineApp(String pageUrl) {
    long app = draftApp(pageUrl);
    setup.takeOnline(app);
    return app;
  }

  private static void bind(long app, long interfaceId) {
    setup.bind(app, interfaceId);
  }

  private static void transition(String kind, long id, String token, String action) {
    AppCentreSetup.transition(kind, id, token, action);
  }
}
