package org.onewindow.it.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.AppCentreSetup;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.PlatformIT;

/**
 * The case API (001 7.3 办件查询) as its callers meet it: read only, by role and unit scope, every bad
 * filter refused with its 003 Annex A code and nothing leaked. The API creates no case (cases come
 * from the inbound sync only), so the searches here find none; the sync's IT reads synced cases
 * back through this API, and the upsert's JDBC test checks the sealed columns.
 */
@PlatformIT
class CaseIT {

  private static final String CASES = AppCentreSetup.API + "/cases";

  @RegisterExtension static final Administrators administrators = new Administrators();

  private static String developer;
  private static String platformAdmin;
  private static String filingReviewer;

  @BeforeAll
  static void callers() {
    developer =
        administrators
            .developerOf("办件测试单位" + UUID.randomUUID().toString().substring(0, 8))
            .consoleToken();
    platformAdmin = administrators.platformAdmin().consoleToken();
    filingReviewer = administrators.filingReviewer().consoleToken();
  }

  @Test
  void aUnitsDeveloperSearchesOnlyItsDepartmentsCases() {
    // Unit scope: a new unit's department has no case, whatever the filters say.
    JsonObject page = ok(HttpJson.get(CASES + "?stage=concluded&limit=50", developer));
    assertEquals(0, page.getJsonNumber("total").longValue(), page.toString());
    assertEquals(0, page.getJsonArray("items").size());
  }

  @Test
  void aPlatformAdministratorSearchesWithEveryFilter() {
    String department = "dept-" + UUID.randomUUID();
    JsonObject page =
        ok(
            HttpJson.get(
                CASES
                    + "?department="
                    + department
                    + "&matter=m-1&stage=accepted&acceptedFrom="
                    + encoded("2026-01-01T00:00:00+08:00")
                    + "&acceptedBefore="
                    + encoded("2026-02-01T00:00:00Z")
                    + "&sort=caseNo&order=asc&offset=0&limit=10",
                platformAdmin));
    assertEquals(0, page.getJsonNumber("total").longValue(), page.toString());
  }

  @Test
  void badFiltersAreRefusedWithAnnexACodes() {
    assertRefused(CASES + "?stage=approved", 400, 20000, "办理环节");
    assertRefused(CASES + "?acceptedFrom=yesterday", 400, 20000, "acceptedFrom");
    assertRefused(
        CASES
            + "?acceptedFrom="
            + encoded("2026-02-01T00:00:00Z")
            + "&acceptedBefore="
            + encoded("2026-01-01T00:00:00Z"),
        400,
        20000,
        "结束时间");
    assertRefused(CASES + "?department=" + encoded("a b"), 400, 20000, "department");
    assertRefused(CASES + "?limit=501", 400, 20000, "");
    assertRefused(CASES + "?sort=applicantName", 400, 20000, "");
  }

  @Test
  void anUnknownCaseIsNotFound() {
    assertRefused(CASES + "/OW-NO-SUCH-CASE-" + UUID.randomUUID(), 404, 20404, "办件");
    HttpJson.Reply english =
        HttpJson.call("GET", CASES + "/OW-NO-SUCH-CASE", developer, null, "Accept-Language", "en");
    assertEquals(404, english.status(), english.body());
    assertEquals("No such case", english.json().getString("msg"), english.body());
  }

  @Test
  void onlyAdministratorsAndUnitsReadCases() {
    HttpJson.Reply reviewer = HttpJson.get(CASES, filingReviewer);
    assertEquals(403, reviewer.status(), reviewer.body());
    HttpJson.Reply anonymous = HttpJson.get(CASES, null);
    assertEquals(401, anonymous.status(), anonymous.body());
  }

  private static void assertRefused(String url, int status, int code, String inMessage) {
    HttpJson.Reply reply = HttpJson.get(url, developer);
    assertEquals(status, reply.status(), reply.body());
    JsonObject body = reply.json();
    assertEquals(code, body.getInt("code"), reply.body());
    String msg = body.getString("msg");
    assertEquals(true, msg.contains(inMessage), reply.body());
  }

  private static JsonObject ok(HttpJson.Reply reply) {
    assertEquals(200, reply.status(), reply.body());
    assertEquals(0, reply.json().getInt("code"), reply.body());
    return reply.json().getJsonObject("data");
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
