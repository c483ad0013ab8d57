package org.onewindow.it.matter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.AppCentreSetup;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.PlatformIT;

/**
 * Implementation-list items through the API with real tokens (issue 19 item 1; 001 7.1): an access
 * unit's administrator drafts and submits; a platform administrator who did not write it approves,
 * which publishes it; an edit of a published item is a new version while the published one stays in
 * force and readable; nobody decides on their own version; another unit's administrator sees
 * nothing of it; bad input is refused in the envelope with the 003 Annex A code.
 */
@PlatformIT
class MatterIT {

  private static final String API = AppCentreSetup.API;

  @RegisterExtension static final Administrators administrators = new Administrators();

  private static String unit;
  private static String developer;
  private static String otherDeveloper;
  private static String admin;
  private static String secondAdmin;
  private static String basicCode;

  @BeforeAll
  static void aUnitItsAdministratorAndTwoPlatformAdministrators() {
    String suffix = suffix();
    unit = "事项测试单位" + suffix;
    developer = administrators.developerOf(unit).consoleToken();
    otherDeveloper = administrators.developerOf("其他测试单位" + suffix).consoleToken();
    admin = administrators.platformAdmin().consoleToken();
    secondAdmin = administrators.platformAdmin().consoleToken();
    basicCode = "IT" + suffix + "00";
    HttpJson.Reply kept =
        HttpJson.putJson(
            API + "/catalogue/" + basicCode,
            admin,
            "{\"name\":\"机动车驾驶证补领\",\"matterType\":\"行政许可\","
                + "\"settingBasis\":\"《中华人民共和国道路交通安全法》第十九条\","
                + "\"exerciseLevels\":\"省级、市级\"}");
    assertEquals(200, kept.status(), kept.body());
    // only a platform administrator keeps the catalogue by hand
    assertEquals(
        403,
        HttpJson.putJson(API + "/catalogue/" + basicCode, developer, "{\"name\":\"x\"}").status());
  }

  @Test
  void aDraftIsSubmittedApprovedByAnotherAdministratorAndPublished() {
    String code = code();
    HttpJson.Reply created =
        HttpJson.postJson(API + "/matters", developer, body(code, "补领").build().toString());
    assertEquals(201, created.status(), created.body());
    JsonObject draft = created.json().getJsonObject("data");
    assertEquals("DRAFT", draft.getString("state"));
    assertEquals(unit, draft.getString("ownerUnit"));
    assertEquals(3, draft.getInt("realNameLevel")); // C 0114-2018, 001 7.2: level 3 by default

    assertEquals(200, transition(code, developer, "submit", "").status());
    // a unit's administrator does not decide
    assertEquals(403, transition(code, developer, "approve", "").status());
    HttpJson.Reply approved = transition(code, admin, "approve", "");
    assertEquals(200, approved.status(), approved.body());
    assertEquals("PUBLISHED", approved.json().getJsonObject("data").getString("state"));

    // published matters are read by anyone signed in, and found by their facets and words
    JsonObject read = HttpJson.get(API + "/matters/" + code, otherDeveloper).json();
    assertEquals("PUBLISHED", read.getJsonObject("data").getString("state"), read.toString());
    assertEquals("行政许可", read.getJsonObject("data").getString("matterTypeLabel"));
    JsonObject found =
        HttpJson.get(
                API + "/matters?q=" + code + "&nature=administrative-power&target=natural-person",
                otherDeveloper)
            .json();
    assertEquals(1, found.getJsonObject("data").getInt("total"), found.toString());
  }

  @Test
  void theEditorNeverApprovesItsOwnVersion() {
    String code = code();
    HttpJson.Reply created =
        HttpJson.postJson(
            API + "/matters", admin, body(code, "自审").add("ownerUnit", unit).build().toString());
    assertEquals(201, created.status(), created.body());
    assertEquals(200, transition(code, admin, "submit", "").status());
    HttpJson.Reply own = transition(code, admin, "approve", "");
    assertEquals(403, own.status(), own.body());
    assertEquals(20001, own.json().getInt("code"), own.body());
    HttpJson.Reply rejected = transition(code, secondAdmin, "reject", "设定依据未写明条款");
    assertEquals(200, rejected.status(), rejected.body());
    assertEquals("REJECTED", rejected.json().getJsonObject("data").getString("state"));
    assertEquals("设定依据未写明条款", rejected.json().getJsonObject("data").getString("lastReason"));
  }

  @Test
  void anEditOfAPublishedItemIsANewVersionWhileTheOldOneStaysPublished() {
    String code = published("办理");
    HttpJson.Reply edited =
        HttpJson.putJson(
            API + "/matters/" + code,
            developer,
            body(code, "办理（第二版）").add("promisedLimitDays", 3).build().toString());
    assertEquals(200, edited.status(), edited.body());
    JsonObject second = edited.json().getJsonObject("data");
    assertEquals(2, second.getInt("versionNumber"));
    assertEquals("DRAFT", second.getString("state"));

    JsonObject inForce = HttpJson.get(API + "/matters/" + code, otherDeveloper).json();
    assertEquals(1, inForce.getJsonObject("data").getInt("versionNumber"), inForce.toString());
    assertEquals("PUBLISHED", inForce.getJsonObject("data").getString("state"));
    // the draft is its unit's: another unit reads the published versions only
    assertEquals(
        1,
        HttpJson.get(API + "/matters/" + code + "/versions", otherDeveloper)
            .json()
            .getJsonArray("data")
            .size());
    assertEquals(
        2,
        HttpJson.get(API + "/matters/" + code + "/versions", developer)
            .json()
            .getJsonArray("data")
            .size());

    assertEquals(200, transition(code, developer, "submit", "").status());
    assertEquals(200, transition(code, admin, "approve", "").status());
    JsonObject now = HttpJson.get(API + "/matters/" + code, otherDeveloper).json();
    assertEquals(2, now.getJsonObject("data").getInt("versionNumber"));
    assertEquals(3, now.getJsonObject("data").getInt("promisedLimitDays"));
    JsonObject first =
        HttpJson.get(API + "/matters/" + code + "/versions/1", otherDeveloper).json();
    assertEquals("SUPERSEDED", first.getJsonObject("data").getString("state"), first.toString());
    assertTrue(first.getJsonObject("data").getString("name").endsWith("办理"));
  }

  @Test
  void badInputIsRefusedWithItsCodeAndChangesNothing() {
    String code = code();
    // 001 7.2: handling needs at least real-name level 3
    HttpJson.Reply low =
        HttpJson.postJson(
            API + "/matters",
            developer,
            body(code, "低等级").add("realNameLevel", 2).build().toString());
    assertEquals(400, low.status(), low.body());
    assertEquals(20000, low.json().getInt("code"));
    assertTrue(low.json().getString("msg").contains("第三级"), low.body());
    // a missing element: 20003
    HttpJson.Reply missing =
        HttpJson.postJson(
            API + "/matters", developer, body(code, "缺名称").add("name", " ").build().toString());
    assertEquals(400, missing.status(), missing.body());
    assertEquals(20003, missing.json().getInt("code"));
    // 002 6.3 b: an http(s) address only
    HttpJson.Reply url =
        HttpJson.postJson(
            API + "/matters",
            developer,
            body(code, "地址").add("onlineUrl", "javascript:alert(1)").build().toString());
    assertEquals(400, url.status(), url.body());
    assertEquals(404, HttpJson.get(API + "/matters/" + code, developer).status());
  }

  @Test
  void anotherUnitsAdministratorNeitherSeesNorEditsNorWritesForTheUnit() {
    String code = code();
    assertEquals(
        201,
        HttpJson.postJson(API + "/matters", developer, body(code, "草稿").build().toString())
            .status());
    assertEquals(404, HttpJson.get(API + "/matters/" + code, otherDeveloper).status());
    assertEquals(
        404,
        HttpJson.putJson(
                API + "/matters/" + code, otherDeveloper, body(code, "改").build().toString())
            .status());
    assertEquals(404, transition(code, otherDeveloper, "submit", "").status());
    HttpJson.Reply forOther =
        HttpJson.postJson(
            API + "/matters",
            otherDeveloper,
            body(code(), "代写").add("ownerUnit", unit).build().toString());
    assertEquals(403, forOther.status(), forOther.body());
    JsonObject workspace =
        HttpJson.get(API + "/matters?workspace=true&q=" + code, otherDeveloper).json();
    assertEquals(0, workspace.getJsonObject("data").getInt("total"), workspace.toString());
  }

  private String published(String name) {
    String code = code();
    assertEquals(
        201,
        HttpJson.postJson(API + "/matters", developer, body(code, name).build().toString())
            .status());
    assertEquals(200, transition(code, developer, "submit", "").status());
    assertEquals(200, transition(code, admin, "approve", "").status());
    return code;
  }

  private static HttpJson.Reply transition(String code, String token, String action, String why) {
    return HttpJson.postJson(
        API + "/matters/" + code + "/transitions",
        token,
        Json.createObjectBuilder().add("action", action).add("reason", why).build().toString());
  }

  private static JsonObjectBuilder body(String code, String name) {
    return Json.createObjectBuilder()
        .add("implementationCode", code)
        .add("basicCode", basicCode)
        .add("name", "机动车驾驶证" + name)
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
        .add("onlineUrl", "https://gab.122.gov.cn/m/licence/replace");
  }

  private static String code() {
    return "ITMATTER" + UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT);
  }

  private static String suffix() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
  }
}
