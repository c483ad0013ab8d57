package org.onewindow.it.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.AppCentreSetup;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.onewindow.it.support.Poll;
import org.onewindow.it.support.SampleUpstream;
import org.onewindow.it.support.SampleUpstream.Script;

/**
 * 000 9.4.3 c 「如发生接口响应慢、接口报错、接口请求超时等情况，应及时预警」 with 000 8.2.3 c 问题告警, against a real upstream
 * started here: an interface answering slowly (above its threshold), with HTTP 500, or with a body
 * that is no JSON raises the alarm of its cause once on the app bound to it — inspecting it again
 * while it stays bad raises nothing more — and when it answers well again the alarm is archived as
 * recovered and whoever registered the app gets a recovery notice. The runs are started through the
 * API (立即巡检 and the jobs endpoint, partitioned); no clock is asserted.
 */
@PlatformIT
class InspectionAlarmsIT {

  private static final String API = Platform.BASE_URL + "/api/v1";

  @RegisterExtension static final Administrators administrators = new Administrators();

  private static SampleUpstream upstream;
  private static AppCentreSetup setup;
  private static String system;
  private static String admin;

  @BeforeAll
  static void aUnitOfOurOwn() {
    upstream = new SampleUpstream();
    setup = new AppCentreSetup(administrators, "巡检告警");
    system = setup.system;
    admin = administrators.platformAdmin().consoleToken();
  }

  @AfterAll
  static void stop() {
    upstream.close();
  }

  @Test
  void aSlowInterfaceRaisesOneSlowAlarmAndClearsWithANotice() {
    Subject subject = new Subject();
    // 2 s: the upstream's slow answer (4 s) is far above it, its quick one far below, even on a
    // loaded machine.
    HttpJson.Reply threshold =
        HttpJson.putJson(
            API + "/inspections/slow-threshold",
            admin,
            "{\"subjectType\":\"interface\",\"subjectId\":"
                + subject.interfaceId
                + ",\"slowThresholdMillis\":2000}");
    assertEquals(200, threshold.status(), threshold.body());
    assertEquals(2000, threshold.json().getJsonObject("data").getInt("slowThresholdMillis"));
    subject.raisesOnceAndRecovers(Script.SLOWLY, "SLOW", "接口响应慢");
  }

  @Test
  void anInterfaceAnsweringWith500RaisesOneErrorAlarmAndClearsWithANotice() {
    new Subject().raisesOnceAndRecovers(Script.WITH_500, "FAILED", "接口巡检失败");
  }

  @Test
  void anInterfaceAnsweringWithBadJsonRaisesOneErrorAlarmAndClearsWithANotice() {
    new Subject().raisesOnceAndRecovers(Script.WITH_BAD_JSON, "FAILED", "接口巡检失败");
  }

  @Test
  void theThresholdIsForAdministratorsWithinItsRange() {
    long id = setup.onlineInterface(SampleUpstream.url("/scripted/range-" + UUID.randomUUID()));
    String body = "{\"subjectType\":\"interface\",\"subjectId\":" + id;
    assertEquals(
        400,
        HttpJson.putJson(
                API + "/inspections/slow-threshold", admin, body + ",\"slowThresholdMillis\":5}")
            .status());
    assertEquals(
        403,
        HttpJson.putJson(
                API + "/inspections/slow-threshold", system, body + ",\"slowThresholdMillis\":500}")
            .status());
    HttpJson.Reply reset =
        HttpJson.putJson(
            API + "/inspections/slow-threshold", admin, body + ",\"slowThresholdMillis\":null}");
    assertEquals(200, reset.status(), reset.body());
    assertEquals(3000, reset.json().getJsonObject("data").getInt("slowThresholdMillis"));
  }

  /** An online interface on its own scripted path, and a draft app bound to it. */
  private static final class Subject {
    final String path = "/scripted/alarm-" + UUID.randomUUID();
    final long interfaceId = setup.onlineInterface(SampleUpstream.url(path));
    final long app =
        setup
            .applyForApp("http://localhost:" + SampleUpstream.PORT + "/page")
            .getJsonObject("app")
            .getJsonNumber("id")
            .longValue();

    Subject() {
      setup.bind(app, interfaceId);
    }

    void raisesOnceAndRecovers(Script bad, String outcome, String cause) {
      upstream.script(path, Script.WELL);
      assertEquals("OK", inspect().getString("outcome"));
      assertTrue(alarms().isEmpty());

      upstream.script(path, bad);
      JsonObject first = inspect();
      assertEquals(outcome, first.getString("outcome"), first.toString());
      List<JsonObject> raised = alarms();
      assertEquals(1, raised.size(), raised.toString());
      assertTrue(raised.get(0).getBoolean("open"), raised.toString());
      assertTrue(raised.get(0).getString("text").contains(cause), raised.toString());

      // Still bad, twice more: no new alarm. And a run of whatever is due through the jobs
      // endpoint, in two partitions, leaves it alone (it is not due).
      assertEquals(outcome, inspect().getString("outcome"));
      assertEquals(outcome, inspect().getString("outcome"));
      finished(startJob("{\"parameters\":{\"partitions\":2}}"));
      List<JsonObject> still = alarms();
      assertEquals(1, still.size(), still.toString());
      assertTrue(still.get(0).getBoolean("open"), still.toString());

      upstream.script(path, Script.WELL);
      assertEquals("OK", inspect().getString("outcome"));
      List<JsonObject> after = alarms();
      assertEquals(1, after.size(), after.toString());
      assertFalse(after.get(0).getBoolean("open"), after.toString());
      assertTrue(after.get(0).getString("outcome").startsWith("自动恢复"), after.toString());
      String label = "接口 #" + interfaceId + " ";
      assertTrue(
          notices().stream()
              .anyMatch(n -> n.contains(label) && n.contains("已恢复正常") && n.contains(cause)),
          notices().toString());
    }

    /** 立即巡检 of the interface, waited for; its newest record. */
    JsonObject inspect() {
      HttpJson.Reply started =
          HttpJson.postJson(
              API + "/inspections",
              admin,
              "{\"subjectType\":\"interface\",\"subjectId\":" + interfaceId + "}");
      assertEquals(201, started.status(), started.body());
      finished(started.json().getJsonObject("data").getJsonNumber("executionId").longValue());
      return latest();
    }

    JsonObject latest() {
      HttpJson.Reply reply =
          HttpJson.get(
              API + "/inspections?subjectType=interface&subjectId=" + interfaceId + "&limit=1",
              system);
      assertEquals(200, reply.status(), reply.body());
      return reply.json().getJsonArray("data").getJsonObject(0);
    }

    List<JsonObject> alarms() {
      HttpJson.Reply notes = HttpJson.get(API + "/apps/" + app + "/notes", system);
      assertEquals(200, notes.status(), notes.body());
      return notes.json().getJsonArray("data").getValuesAs(JsonObject.class).stream()
          .filter(n -> "ALARM".equals(n.getString("kind")))
          .filter(n -> "system:inspection".equals(n.getString("writtenBy")))
          .toList();
    }
  }

  /** The system account's notices (it registered the apps), their texts. */
  private static List<String> notices() {
    HttpJson.Reply reply = HttpJson.get(API + "/notices?limit=100", system);
    assertEquals(200, reply.status(), reply.body());
    return reply.json().getJsonArray("data").getValuesAs(JsonObject.class).stream()
        .map(n -> n.getString("text"))
        .toList();
  }

  private static long startJob(String body) {
    HttpJson.Reply started =
        HttpJson.postJson(API + "/jobs/interface-inspection/executions", admin, body);
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
}
