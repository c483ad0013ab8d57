package org.onewindow.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import java.util.UUID;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.AppCentreSetup;
import org.onewindow.it.support.HttpJson;

/**
 * Published matters of the test's own agency, made through the API as an access unit and a platform
 * administrator would (as MatterIT does): the portal tests browse them by that agency, so their
 * counts do not depend on what other tests published.
 */
final class PortalMatters {

  private static final String API = AppCentreSetup.API;

  private final String developer;
  private final String admin;
  private final String basicCode;
  private final String serviceBasicCode;

  /** The agency every matter of this set names: unique to the run. */
  final String agency;

  PortalMatters(Administrators administrators) {
    String suffix = suffix();
    developer = administrators.developerOf("门户浏览测试单位" + suffix).consoleToken();
    admin = administrators.platformAdmin().consoleToken();
    agency = "门户测试局" + suffix;
    // a matter's type and level follow its basic catalogue item: one item per type used here
    basicCode = catalogue("PB" + suffix + "00", "行政许可");
    serviceBasicCode = catalogue("PS" + suffix + "00", "公共服务");
  }

  private String catalogue(String code, String type) {
    HttpJson.Reply kept =
        HttpJson.putJson(
            API + "/catalogue/" + code,
            admin,
            "{\"name\":\"门户浏览测试事项\",\"matterType\":\""
                + type
                + "\",\"settingBasis\":\"《中华人民共和国行政许可法》\","
                + "\"exerciseLevels\":\"省级、市级、县级\"}");
    assertEquals(200, kept.status(), kept.body());
    return code;
  }

  /** A public service (公共服务) instead of a licence, on its own catalogue item. */
  JsonObjectBuilder publicService(String name) {
    return matter(name).add("matterType", "PUBLIC_SERVICE").add("basicCode", serviceBasicCode);
  }

  /** A matter's facets and texts, changed one by one from a valid licence for natural persons. */
  JsonObjectBuilder matter(String name) {
    return Json.createObjectBuilder()
        .add("implementationCode", code())
        .add("basicCode", basicCode)
        .add("name", name)
        .add("matterType", "ADMINISTRATIVE_LICENSING")
        .add("settingBasis", "《中华人民共和国道路交通安全法》第十九条")
        .add("exerciseLevel", "MUNICIPAL")
        .add("agency", agency)
        .add("agencyCode", "11100000000013127D")
        .add("divisionCode", "440305")
        .add("statutoryLimitDays", 20)
        .add("promisedLimitDays", 5)
        .add("onsiteVisits", 1)
        .add("acceptanceConditions", "驾驶证遗失且在有效期内")
        .add(
            "materials",
            Json.createArrayBuilder()
                .add(material("居民身份证", "paper", true))
                .add(material("近期一寸免冠照片", "paper-and-electronic", false)))
        .add("process", "申请、受理、审核、制证、发证")
        .add("charged", true)
        .add("chargeStandard", "工本费每证10元")
        .add("chargeItem", "机动车驾驶证工本费")
        .add("handlingType", "PROMISED")
        .add("location", "深圳市南山区政务服务中心\n一楼综合窗口")
        .add("officeHours", "工作日 9:00-17:00")
        .add("consultation", "0755-12345")
        .add("faq", "")
        .add("complaint", "12345政务服务便民热线")
        .add("target", "NATURAL_PERSON")
        .add("theme", "TRANSPORT")
        .add("jurisdiction", "CROSS_REGION")
        .add("onlineUrl", "");
  }

  /** Creates, submits and approves the matter; its implementation code. */
  String publish(JsonObjectBuilder matter) {
    String body = matter.build().toString();
    String code =
        Json.createReader(new java.io.StringReader(body))
            .readObject()
            .getString("implementationCode");
    HttpJson.Reply created = HttpJson.postJson(API + "/matters", developer, body);
    assertEquals(201, created.status(), created.body());
    assertEquals(200, transition(code, developer, "submit").status());
    HttpJson.Reply approved = transition(code, admin, "approve");
    assertEquals(200, approved.status(), approved.body());
    return code;
  }

  /**
   * Publishes the next version of matter {@code code} with {@code matter}'s facts (its
   * implementation code replaced by {@code code}): saved as a draft, submitted and approved.
   */
  void republish(String code, JsonObjectBuilder matter) {
    HttpJson.Reply saved =
        HttpJson.putJson(
            API + "/matters/" + code,
            developer,
            matter.add("implementationCode", code).build().toString());
    assertEquals(200, saved.status(), saved.body());
    assertEquals(200, transition(code, developer, "submit").status());
    HttpJson.Reply approved = transition(code, admin, "approve");
    assertEquals(200, approved.status(), approved.body());
  }

  private static HttpJson.Reply transition(String code, String token, String action) {
    return HttpJson.postJson(
        API + "/matters/" + code + "/transitions",
        token,
        Json.createObjectBuilder().add("action", action).add("reason", "").build().toString());
  }

  private static JsonObjectBuilder material(String name, String form, boolean required) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("form", form)
        .add("copies", 1)
        .add("required", required);
  }

  private static String code() {
    return "ITPORTAL" + UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT);
  }

  private static String suffix() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
  }
}
