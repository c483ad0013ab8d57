package org.onewindow.it.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.it.support.Administrator;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.AppCentreSetup;
import org.onewindow.it.support.Browser;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.KeycloakAdmin;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.onewindow.it.support.Poll;
import org.openqa.selenium.By;

/**
 * Online handling walked through in Chromium with the real Keycloak (issue 20 item 4; 001 7.2–7.4,
 * 7.7 g): a level-2 citizen finds a level-3 matter by typing its pinyin (「jidongche」) in the
 * portal's search, narrows to its department, opens the matter's page, clicks 在线办理, logs in, types,
 * submits, is taken through step-up (Keycloak's real-name form, SANDBOX verifier), comes back to
 * the form with the text intact, uploads a material (an oversized one is refused), submits and
 * finds the case in 我的办件; a member of the implementing unit accepts and asks for a correction; the
 * citizen hands the missing material in and resubmits; the unit reviews, decides and concludes; the
 * citizen sees 办结 on the case, in 我的办件, and as the newest of the progress notices in the user
 * centre's 我的消息. A member of another unit cannot even see the case. Runs once, in the H2 run
 * (nothing here reads the database differently on PostgreSQL).
 */
@PlatformIT
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
class OnlineHandlingIT {

  private static final String API = AppCentreSetup.API;
  private static final String PORTAL = Platform.BASE_URL + "/portal";
  private static final String CONSOLE = Platform.BASE_URL + "/console";

  /** The pinyin of 机动车, the start of the matter's name, as a citizen types it (001 7.4). */
  private static final String PINYIN = "jidongche";

  /** A SANDBOX identity (README, "Real-name verification service"): valid, nobody's number. */
  private static final String SANDBOX_NAME = "王五";

  private static final String SANDBOX_ID = "310115200001010032";

  private static final String PASSWORD =
      "Apply#2026x" + UUID.randomUUID().toString().substring(0, 4);

  @RegisterExtension static final Administrators administrators = new Administrators();

  /** A fresh admin session each time: the master realm's admin tokens live a minute. */
  private static KeycloakAdmin keycloak() {
    return new KeycloakAdmin();
  }

  private static String unit;
  private static String matter;
  private static Administrator officer;
  private static Administrator stranger;
  private static String citizen;
  private static String citizenId;
  private static Path scan;
  private static Path oversized;

  @BeforeAll
  static void aPublishedLevelThreeMatterItsUnitsOfficerAndALevelTwoCitizen() throws IOException {
    String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    unit = "网办测试局" + suffix;
    officer = administrators.developerOf(unit);
    stranger = administrators.developerOf("其他测试局" + suffix);
    String developer = officer.consoleToken();
    String admin = administrators.platformAdmin().consoleToken();
    String basic = "IT" + suffix + "WB";
    HttpJson.Reply catalogue =
        HttpJson.putJson(
            API + "/catalogue/" + basic,
            admin,
            "{\"name\":\"驾驶证补领\",\"matterType\":\"行政许可\","
                + "\"settingBasis\":\"《中华人民共和国道路交通安全法》第十九条\",\"exerciseLevels\":\"市级\"}");
    assertEquals(200, catalogue.status(), catalogue.body());
    matter = "WB" + suffix; // 8 to 64 capital letters or digits
    String body =
        Json.createObjectBuilder()
            .add("implementationCode", matter)
            .add("basicCode", basic)
            .add("name", "机动车驾驶证补领（网办测试）")
            .add("matterType", "ADMINISTRATIVE_LICENSING")
            .add("settingBasis", "《中华人民共和国道路交通安全法》第十九条")
            .add("exerciseLevel", "MUNICIPAL")
            .add("agency", unit)
            .add("agencyCode", "11100000000013127D")
            .add("divisionCode", "110000")
            .add("statutoryLimitDays", 20)
            .add("promisedLimitDays", 1)
            .add("onsiteVisits", 0)
            .add("acceptanceConditions", "驾驶证遗失且在有效期内")
            .add(
                "materials",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("name", "居民身份证")
                            .add("form", "electronic")
                            .add("copies", 1)
                            .add("required", true)))
            .add("process", "申请、受理、审核、制证、发证")
            .add("charged", false)
            .add("chargeStandard", "")
            .add("chargeItem", "")
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
    HttpJson.Reply created = HttpJson.postJson(API + "/matters", developer, body);
    assertEquals(201, created.status(), created.body());
    assertEquals(3, created.json().getJsonObject("data").getInt("realNameLevel"));
    assertEquals(200, transition(developer, "submit").status());
    HttpJson.Reply approved = transition(admin, "approve");
    assertEquals(200, approved.status(), approved.body());
    // a published matter reaches the search index from the matter feed on the index's own time
    Poll.until(
        Duration.ofSeconds(60),
        () -> foundByPinyin(),
        found -> found.contains(matter),
        "the matter indexed and found by its pinyin");

    citizen = "apply-" + UUID.randomUUID().toString().substring(0, 8);
    KeycloakAdmin keycloak = keycloak();
    citizenId = keycloak.createUser(citizen, "citizen", KeycloakAdmin.password(PASSWORD));
    keycloak.setRealNameLevel(citizenId, 2); // identity checked, name and number not verified

    scan = Files.createTempFile("id-scan", ".png");
    BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 320, 200);
    g.setColor(Color.BLUE);
    g.drawString("ID CARD SCAN", 40, 100);
    g.dispose();
    ImageIO.write(image, "png", scan.toFile());
    // PNG's signature, then more than the 5 MiB a material may have: refused by its size
    oversized = Files.createTempFile("too-large", ".png");
    try (OutputStream out = Files.newOutputStream(oversized)) {
      out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
      out.write(new byte[(5 << 20) + 1024]);
    }
  }

  @AfterAll
  static void cleanUp() throws IOException {
    if (citizenId != null) {
      keycloak().delete("/users/" + citizenId);
    }
    for (Path file : new Path[] {scan, oversized}) {
      if (file != null) {
        Files.deleteIfExists(file);
      }
    }
  }

  /** The page's source beside its screenshot, for a person reading a failed run. */
  private static void dump(Browser browser, String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name + ".html"), browser.pageSource());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The codes the public search finds for {@link #PINYIN} in the unit's department. */
  private static List<String> foundByPinyin() {
    HttpJson.Reply reply =
        HttpJson.get(API + "/search?q=" + PINYIN + "&agency=" + encode(unit), null);
    assertEquals(200, reply.status(), reply.body());
    return reply.json().getJsonObject("data").getJsonArray("hits").stream()
        .map(JsonValue::asJsonObject)
        .map(h -> h.getString("code"))
        .toList();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static HttpJson.Reply transition(String token, String action) {
    return HttpJson.postJson(
        API + "/matters/" + matter + "/transitions",
        token,
        Json.createObjectBuilder().add("action", action).add("reason", "").build().toString());
  }

  @Test
  void aCitizenStepsUpAppliesIsAskedToCorrectResubmitsAndSeesTheCaseConcluded() {
    String purpose = "驾驶证于本月遗失，申请补领 " + UUID.randomUUID().toString().substring(0, 6);
    String caseNo;
    try (Browser person = new Browser();
        Browser office = new Browser()) {
      try {
        caseNo = walk(person, office, purpose);
      } catch (RuntimeException | AssertionError e) {
        person.screenshot("online-failed-person");
        dump(person, "online-failed-person");
        office.screenshot("online-failed-office");
        dump(office, "online-failed-office");
        throw e;
      }
    }
    checkAnotherUnitSeesNothing(caseNo);
  }

  private static String walk(Browser person, Browser office, String purpose) {
    String caseNo;
    {
      // Found by pinyin on the search page (001 7.4), narrowed to its department, its page opened.
      person.open(PORTAL + "/search.xhtml");
      person.type(By.id("searchQ"), PINYIN);
      person.click(By.id("searchSubmit"));
      person.waitForText(By.id("facetDepartments"), unit);
      person.click(By.linkText(unit));
      person.waitUntil(d -> d.getCurrentUrl().contains("agency="));
      person.waitForText(By.id("results"), "机动车驾驶证补领");
      person.screenshot("online-search-pinyin");
      String href = person.find(By.cssSelector("#results a.ow-result-name")).getAttribute("href");
      assertTrue(href.endsWith("matter.xhtml?code=" + matter), href);
      person.click(By.cssSelector("#results a.ow-result-name"));
      person.waitForText(By.id("title"), "机动车驾驶证补领");
      assertTrue(person.url().contains("/portal/matter.xhtml"), person.url());

      // 在线办理: the form needs a login; a level-2 login opens it and may fill it in.
      person.click(By.id("apply"));
      person.logInAtKeycloak(citizen, PASSWORD);
      person.waitUntil(d -> d.getCurrentUrl().contains("/portal/apply.xhtml"));
      person.screenshot("online-apply-opened");
      dump(person, "online-apply-opened");
      person.waitForText(By.id("matterName"), "机动车驾驶证补领");
      assertTrue(person.text(By.id("stepUpNotice")).contains("实名核验"));
      assertEquals(
          "用户测试", person.text(By.id("applicantName"))); // family name first, from the token
      person.type(By.id("apply:purpose"), purpose);
      person.type(By.id("apply:idNumber"), SANDBOX_ID);
      person.type(By.id("apply:phone"), "13900001234");
      person.click(By.id("apply:deliveryMethod:1")); // 邮寄送达: picked, not typed
      person.type(By.id("apply:deliveryAddress"), "北京市朝阳区建国路88号");
      person.screenshot("online-apply-level2");
      person.click(By.id("apply:submit"));

      // Step-up: Keycloak's real-name form (SANDBOX), not an error page; the SSO session stands, so
      // no password is asked (were it asked, it is given).
      person.waitUntil(
          d ->
              !d.findElements(By.id("kc-real-name-submit")).isEmpty()
                  || person.isOnKeycloakLoginPage());
      if (person.isOnKeycloakLoginPage()) {
        person.logInAtKeycloak(citizen, PASSWORD);
      }
      person.find(By.id("kc-real-name-submit"));
      person.screenshot("online-apply-step-up");
      person.type(By.id("realName"), SANDBOX_NAME);
      person.type(By.id("idNumber"), SANDBOX_ID);
      person.click(By.id("kc-real-name-submit"));

      // Back at the form, what was typed intact, the ID number and phone kept masked.
      person.waitForText(By.id("messages"), "实名核验已完成");
      assertEquals(purpose, person.find(By.id("apply:purpose")).getAttribute("value"));
      assertEquals("3101**************", person.text(By.id("idMasked")).replaceAll(".* ", ""));
      assertTrue(person.text(By.id("phoneMasked")).endsWith("1390*******"));
      assertTrue(person.find(By.id("apply:deliveryMethod:1")).isSelected());
      assertFalse(person.isShown(By.id("stepUpNotice")));
      assertEquals("3", keycloak().realNameLevel(citizenId));

      // An oversized material is refused with a clear message; a scan is taken.
      person.attach(By.id("apply:file"), oversized);
      person.click(By.id("apply:upload"));
      person.waitForText(By.id("messages"), "超过大小上限");
      assertEquals("未上传", person.text(By.cssSelector("#materials .ow-material-file")));
      person.attach(By.id("apply:file"), scan);
      person.click(By.id("apply:upload"));
      person.waitForText(
          By.cssSelector("#materials .ow-material-file"), scan.getFileName().toString());
      // Submitting without the pledge is refused; with it, the case gets its number.
      person.click(By.id("apply:submit"));
      person.waitForText(By.id("messages"), "请勾选承诺");
      person.click(By.id("apply:pledged"));
      person.screenshot("online-apply-ready");
      person.click(By.id("apply:submit"));
      person.waitForText(By.id("caseState"), "已提交，待受理");
      caseNo = person.text(By.id("caseNo"));
      assertTrue(caseNo.matches("WB\\d{18}"), caseNo);
      person.open(PORTAL + "/my-cases.xhtml");
      person.waitForText(By.id("cases"), caseNo);
      person.screenshot("online-my-cases");

      // The implementing unit's officer: accept, then ask for a correction.
      office.open(CONSOLE + "/online-cases.xhtml");
      office.logInAsAdministrator(officer);
      office.waitForText(By.id("online-cases:online-table"), caseNo);
      office.open(CONSOLE + "/online-case.xhtml?no=" + caseNo);
      assertEquals(purpose, office.text(By.id("online-purpose")));
      assertEquals(
          scan.getFileName().toString(), office.text(By.cssSelector(".ow-online-material-link")));
      office.click(By.id("handle:accept"));
      office.waitForText(By.id("online-case-state"), "已受理");
      office.type(By.id("handle:reason"), "身份证照片不清晰，请上传正反面清晰扫描件");
      office.click(By.id("handle:request-correction"));
      office.waitForText(By.id("online-case-state"), "待补正");
      office.screenshot("online-console-correction");

      // The citizen reads the request, hands the material in again and resubmits.
      person.open(PORTAL + "/case.xhtml?id=" + caseNo);
      person.waitForText(By.id("correctionReason"), "身份证照片不清晰");
      person.screenshot("online-case-correction");
      person.attach(By.id("correct:file"), scan);
      person.click(By.id("correct:upload"));
      person.waitForText(By.id("messages"), "已上传");
      person.click(By.id("correct:resubmit"));
      person.waitForText(By.id("caseState"), "已受理");

      // The unit finishes: review, decision, conclusion with the delivery.
      office.open(CONSOLE + "/online-case.xhtml?no=" + caseNo);
      office.click(By.id("handle:review"));
      office.waitForText(By.id("online-case-state"), "已审查");
      office.type(By.id("handle:docNo"), "京公交准字〔2026〕" + caseNo.substring(12) + "号");
      office.click(By.id("handle:decide"));
      office.waitForText(By.id("online-case-state"), "已决定");
      office.type(By.id("handle:deliveryNote"), "EMS 1100123456789");
      office.click(By.id("handle:conclude"));
      office.waitForText(By.id("online-case-state"), "已办结");
      office.screenshot("online-console-concluded");

      person.open(PORTAL + "/case.xhtml?id=" + caseNo);
      person.waitForText(By.id("caseState"), "已办结");
      assertTrue(person.text(By.id("result")).startsWith("准予"));
      assertEquals("EMS 1100123456789", person.text(By.id("deliveryNote")));
      assertEquals(4, person.findAll(By.cssSelector("#stages .ow-stage-done")).size());
      // the address is shown masked, the ID number and phone too (000 示例8)
      assertTrue(person.text(By.id("delivery")).contains("北京市朝阳区"));
      assertFalse(person.pageSource().contains("建国路88号"));
      assertFalse(person.pageSource().contains(SANDBOX_ID));
      person.screenshot("online-case-concluded");
      person.open(PORTAL + "/my-cases.xhtml");
      person.waitForText(By.cssSelector("#cases .ow-state"), "已办结");

      // 我的消息 (001 7.7 g): each step of the progress reached the citizen as a notice, the
      // conclusion the newest, linking to the case; read, it is no longer counted unread.
      person.open(PORTAL + "/me.xhtml");
      String concluded = person.text(By.id("message-0"));
      assertTrue(concluded.contains(caseNo) && concluded.contains("已办结"), concluded);
      String link =
          person.find(By.cssSelector("#message-0 a.ow-message-link")).getAttribute("href");
      assertTrue(link.endsWith("/portal/case.xhtml?id=" + caseNo), link);
      String messages = person.text(By.id("messages"));
      for (String step : List.of("已受理", "需要补正", "已完成审查", "已作出决定")) {
        assertTrue(messages.contains(step), step + " in " + messages);
      }
      String unread = person.text(By.id("unread"));
      assertTrue(Integer.parseInt(unread) >= 6, unread); // submitted twice, accepted, … concluded
      person.screenshot("online-user-centre-messages");
      person.click(By.id("messages:messageList:0:markRead"));
      person.waitForText(By.id("unread"), String.valueOf(Integer.parseInt(unread) - 1));
    }
    return caseNo;
  }

  private static void checkAnotherUnitSeesNothing(String caseNo) {
    // Another unit's member: the case does not exist for them, nor does it show in their list.
    try (Browser other = new Browser()) {
      other.open(CONSOLE + "/online-cases.xhtml");
      other.logInAsAdministrator(stranger);
      other.find(By.id("online-cases:online-table"));
      assertFalse(other.pageSource().contains(caseNo));
      other.open(CONSOLE + "/online-case.xhtml?no=" + caseNo);
      other.waitForText(By.id("pageMessages"), "未找到该申请");
      assertFalse(other.isShown(By.id("handle:accept")));
      assertFalse(other.isShown(By.id("online-case-no")));
    }
  }
}
