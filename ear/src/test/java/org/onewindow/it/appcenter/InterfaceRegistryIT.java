package org.onewindow.it.appcenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.it.support.Administrator;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.AppCentreSetup;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.onewindow.it.support.ServiceTokens;

/**
 * The interface registry through the API with real tokens (000 9.4.1–9.4.2): registration after
 * 示例7, bad input that changes nothing (003 Annex A), and the review's rules for a system account.
 */
@PlatformIT
class InterfaceRegistryIT {

  private static final String API = Platform.BASE_URL + "/api/v1";
  private static final String INTERFACES = API + "/interfaces";

  @RegisterExtension static final Administrators administrators = new Administrators();

  private static String token;
  private static long unitId;

  @BeforeAll
  static void aUnitOfOurOwn() {
    token = ServiceTokens.api();
    HttpJson.Reply unit =
        HttpJson.postJson(
            API + "/access-units",
            token,
            "{\"name\":\"接口登记测试单位-" + UUID.randomUUID() + "\",\"divisionCode\":\"110000\"}");
    assertEquals(201, unit.status(), unit.body());
    unitId = unit.json().getJsonObject("data").getJsonNumber("id").longValue();
  }

  private static String uniqueName() {
    return "全国线路查询-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static boolean listed(String name) {
    return HttpJson.get(INTERFACES, token).body().contains(name);
  }

  @Test
  void anInterfaceAfterTheStandardsExampleIsRegisteredAsADraft() {
    String name = uniqueName();
    HttpJson.Reply created =
        HttpJson.postJson(INTERFACES, token, AppCentreSetup.busLine(unitId, name, "110000"));
    assertEquals(201, created.status(), created.body());
    JsonObject data = created.json().getJsonObject("data");
    assertEquals(name, data.getString("name"));
    assertEquals("DRAFT", data.getString("status"));
    assertEquals(1, data.getInt("revision"));
    assertEquals("POST", data.getString("method"));
    assertEquals("北京市", data.getString("divisionName"));
    assertEquals("service-account-onewindow-api", data.getString("createdBy"));
    JsonArray request = data.getJsonArray("requestParameters");
    assertEquals("city", request.getJsonObject(0).getString("name"));
    assertEquals("string", request.getJsonObject(0).getString("type").toLowerCase());

    long id = data.getJsonNumber("id").longValue();
    HttpJson.Reply read = HttpJson.get(INTERFACES + "/" + id, token);
    assertEquals(200, read.status());
    assertEquals(name, read.json().getJsonObject("data").getString("name"));
  }

  @Test
  void aSecondInterfaceOfTheSameNameInTheUnitGets11001() {
    String name = uniqueName();
    assertEquals(
        201,
        HttpJson.postJson(INTERFACES, token, AppCentreSetup.busLine(unitId, name, "110000"))
            .status());
    HttpJson.Reply again =
        HttpJson.postJson(INTERFACES, token, AppCentreSetup.busLine(unitId, name, "110000"));
    assertEquals(409, again.status());
    assertEquals(11001, again.json().getInt("code"));
  }

  @Test
  void badInputIsExplainedWith20000AndNothingIsSaved() {
    String unknownDivision = uniqueName();
    HttpJson.Reply division =
        HttpJson.postJson(
            INTERFACES, token, AppCentreSetup.busLine(unitId, unknownDivision, "999999"));
    assertEquals(400, division.status());
    assertEquals(20000, division.json().getInt("code"));
    assertEquals("行政区划代码 999999 不在行政区划代码表中（divisionCode）", division.json().getString("msg"));
    assertFalse(listed(unknownDivision));

    String badUrl = uniqueName();
    HttpJson.Reply url =
        HttpJson.postJson(
            INTERFACES,
            token,
            AppCentreSetup.busLine(unitId, badUrl, "110000")
                .replace("https://bus.example.gov.cn/bus/line", "https://bus example/line"));
    assertEquals(400, url.status());
    assertEquals("接口地址不是有效的URL", url.json().getString("msg"));
    assertFalse(listed(badUrl));

    String badMethod = uniqueName();
    HttpJson.Reply method =
        HttpJson.postJson(
            INTERFACES,
            token,
            AppCentreSetup.busLine(unitId, badMethod, "110000").replace("\"post\"", "\"delete\""));
    assertEquals(400, method.status());
    assertEquals("请求方式应为 GET 或 POST", method.json().getString("msg"));

    HttpJson.Reply notJson = HttpJson.postJson(INTERFACES, token, "{\"unitId\":");
    assertEquals(400, notJson.status());
    assertFalse(notJson.body().contains("Exception"), notJson.body());
  }

  /**
   * Issue 14 failure 5: {@code 0177.0.0.1} was stored and read by the platform as the public
   * 177.0.0.1 while curl and browsers read it as 127.0.0.1. Every non-canonical IPv4 spelling is
   * refused with a message saying how to write it, and nothing is saved.
   */
  @Test
  void anIpv4AddressInAnotherSpellingThanDottedDecimalIsRefused() {
    for (String host : List.of("0177.0.0.1", "127.1", "2130706433", "0x7f.0.0.1", "0x7f000001")) {
      String name = uniqueName();
      HttpJson.Reply reply =
          HttpJson.postJson(
              INTERFACES,
              token,
              AppCentreSetup.busLine(unitId, name, "110000")
                  .replace("https://bus.example.gov.cn/bus/line", "https://" + host + "/bus/line"));
      assertEquals(400, reply.status(), host + ": " + reply.body());
      assertEquals(20000, reply.json().getInt("code"));
      assertTrue(reply.json().getString("msg").contains("四段十进制"), reply.body());
      assertFalse(listed(name), host);
    }
  }

  @Test
  void aSystemAccountSubmitsButNeverDecides() {
    HttpJson.Reply created =
        HttpJson.postJson(
            INTERFACES, token, AppCentreSetup.busLine(unitId, uniqueName(), "110000"));
    long id = created.json().getJsonObject("data").getJsonNumber("id").longValue();
    String transitions = INTERFACES + "/" + id + "/transitions";

    HttpJson.Reply approveDraft = HttpJson.postJson(transitions, token, "{\"action\":\"approve\"}");
    assertEquals(403, approveDraft.status(), approveDraft.body());

    HttpJson.Reply submitted = HttpJson.postJson(transitions, token, "{\"action\":\"submit\"}");
    assertEquals(200, submitted.status(), submitted.body());
    assertEquals("SUBMITTED", submitted.json().getJsonObject("data").getString("status"));

    HttpJson.Reply approve = HttpJson.postJson(transitions, token, "{\"action\":\"approve\"}");
    assertEquals(403, approve.status());
    assertEquals(10008, approve.json().getInt("code"));

    HttpJson.Reply resubmit = HttpJson.postJson(transitions, token, "{\"action\":\"submit\"}");
    assertEquals(409, resubmit.status());
    assertEquals("接口当前状态为「待审核」，不能提交审核", resubmit.json().getString("msg"));

    HttpJson.Reply revise =
        HttpJson.putJson(
            INTERFACES + "/" + id, token, AppCentreSetup.busLine(unitId, uniqueName(), "110000"));
    assertEquals(409, revise.status());

    JsonArray history = HttpJson.get(transitions, token).json().getJsonArray("data");
    assertEquals(2, history.size(), history.toString());
    assertEquals("REGISTER", history.getJsonObject(0).getString("action"));
    assertEquals("SUBMIT", history.getJsonObject(1).getString("action"));
    assertEquals("DRAFT", history.getJsonObject(1).getString("from"));
  }

  @Test
  void aDraftIsRevisedIntoANewRevision() {
    HttpJson.Reply created =
        HttpJson.postJson(
            INTERFACES, token, AppCentreSetup.busLine(unitId, uniqueName(), "110000"));
    long id = created.json().getJsonObject("data").getJsonNumber("id").longValue();
    String renamed = uniqueName();
    HttpJson.Reply revised =
        HttpJson.putJson(
            INTERFACES + "/" + id, token, AppCentreSetup.busLine(unitId, renamed, "110000"));
    assertEquals(200, revised.status(), revised.body());
    assertEquals(2, revised.json().getJsonObject("data").getInt("revision"));
    assertTrue(listed(renamed));
  }

  @Test
  void aDefinitionIsExportedAsItsFileAndAsOpenApiAndImportedBack() {
    String name = uniqueName();
    HttpJson.Reply created =
        HttpJson.postJson(INTERFACES, token, AppCentreSetup.busLine(unitId, name, "110000"));
    long id = created.json().getJsonObject("data").getJsonNumber("id").longValue();

    HttpJson.Reply file = HttpJson.get(INTERFACES + "/" + id + "/definition", token);
    assertEquals(200, file.status(), file.body());
    JsonObject document = file.json();
    assertEquals("onewindow-interface", document.getString("format"));
    assertEquals(name, document.getString("name"));
    assertEquals(2, document.getJsonArray("requestParameters").size());

    HttpJson.Reply openApi = HttpJson.get(INTERFACES + "/" + id + "/openapi", token);
    assertEquals(200, openApi.status());
    assertEquals("3.0.3", openApi.json().getString("openapi"));
    assertTrue(openApi.json().getJsonObject("paths").containsKey("/bus/line"), openApi.body());

    String copy = uniqueName();
    HttpJson.Reply imported =
        HttpJson.postJson(
            INTERFACES + "/imports?unitId=" + unitId, token, file.body().replace(name, copy));
    assertEquals(201, imported.status(), imported.body());
    assertEquals(copy, imported.json().getJsonObject("data").getString("name"));
    assertEquals("DRAFT", imported.json().getJsonObject("data").getString("status"));

    HttpJson.Reply again =
        HttpJson.postJson(INTERFACES + "/imports?unitId=" + unitId, token, file.body());
    assertEquals(409, again.status());

    String broken = uniqueName();
    HttpJson.Reply bad =
        HttpJson.postJson(
            INTERFACES + "/imports?unitId=" + unitId,
            token,
            file.body().replace(name, broken).replace("\"POST\"", "\"PUT\""));
    assertEquals(400, bad.status());
    assertEquals(20000, bad.json().getInt("code"));
    assertFalse(listed(broken));
  }

  /**
   * Issue 5 item 7: a unit's developer (the realm's accessUnit attribute, carried as the
   * access_unit claim) sees and registers only its own unit's interfaces; another unit's do not
   * exist for it.
   */
  @Test
  void aDeveloperSeesAndRegistersOnlyForItsOwnUnit() {
    String othersName = uniqueName();
    HttpJson.Reply others =
        HttpJson.postJson(INTERFACES, token, AppCentreSetup.busLine(unitId, othersName, "110000"));
    long othersId = others.json().getJsonObject("data").getJsonNumber("id").longValue();

    // A developer of a unit of the test's own (its accessUnit attribute), not of a demo unit.
    AppCentreSetup developersUnit = new AppCentreSetup(administrators, "接口登记开发者");
    Administrator developersAccount = developersUnit.developer();
    String developer = developersAccount.consoleToken();
    assertEquals(404, HttpJson.get(INTERFACES + "/" + othersId, developer).status());
    assertFalse(HttpJson.get(INTERFACES, developer).body().contains(othersName));
    HttpJson.Reply foreign =
        HttpJson.postJson(
            INTERFACES, developer, AppCentreSetup.busLine(unitId, uniqueName(), "110000"));
    assertEquals(403, foreign.status(), foreign.body());
    assertEquals("只能以本单位（" + developersUnit.unitName + "）的名义登记", foreign.json().getString("msg"));
    HttpJson.Reply test =
        HttpJson.postJson(INTERFACES + "/" + othersId + "/tests", developer, "{\"parameters\":{}}");
    assertEquals(404, test.status());

    long ownUnit =
        HttpJson.get(API + "/access-units", developer).json().getJsonArray("data").stream()
            .map(v -> v.asJsonObject())
            .filter(u -> u.getString("name").equals(developersUnit.unitName))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    String ownName = uniqueName();
    HttpJson.Reply own =
        HttpJson.postJson(
            INTERFACES, developer, AppCentreSetup.busLine(ownUnit, ownName, "110000"));
    assertEquals(201, own.status(), own.body());
    assertEquals(
        developersAccount.username(), own.json().getJsonObject("data").getString("createdBy"));
    assertTrue(HttpJson.get(INTERFACES, developer).body().contains(ownName));
  }

  @Test
  void anUnknownInterfaceGets20404() {
    HttpJson.Reply reply = HttpJson.get(INTERFACES + "/987654321", token);
    assertEquals(404, reply.status());
    assertEquals(20404, reply.json().getInt("code"));
  }
}
