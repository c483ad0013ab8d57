package org.onewindow.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onewindow.it.support.AppCentreSetup;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.onewindow.it.support.ServiceTokens;

/**
 * The REST API through the real Keycloak: the {code,msg,data} envelope of 003 6.2.2.2, the codes of
 * 003 Annex A, and bad input that changes nothing.
 */
@PlatformIT
class ApiIT {

  private static final String UNITS = Platform.BASE_URL + "/api/v1/access-units";

  private static String serviceToken() {
    return ServiceTokens.api();
  }

  @Test
  void healthIsPublicAndReportsTheDatabase() {
    HttpJson.Reply reply = HttpJson.get(Platform.BASE_URL + "/api/v1/health", null);
    assertEquals(200, reply.status(), reply.body());
    JsonObject json = reply.json();
    assertEquals(0, json.getInt("code"));
    assertEquals("UP", json.getJsonObject("data").getString("database"));
  }

  /**
   * The one node of the test server is a cluster of one: WildFly's singleton policy elects it, so
   * the inspection schedule runs there (ADR 0009); the health answer names the node that answers.
   */
  @Test
  void aNodeAloneIsTheInspectionSchedulerPrimaryAndNamesItself() {
    JsonObject data =
        HttpJson.get(Platform.BASE_URL + "/api/v1/health", null).json().getJsonObject("data");
    assertEquals("primary", data.getString("inspectionScheduler"), data.toString());
    assertFalse(data.getString("node").isBlank(), data.toString());
  }

  @Test
  void withoutATokenTheApiRefusesInTheEnvelope() {
    HttpJson.Reply reply = HttpJson.get(UNITS, null);
    assertEquals(401, reply.status());
    assertEquals(10008, reply.json().getInt("code"));
  }

  @Test
  void aForgedTokenIsRefused() {
    String forged = serviceToken();
    // Flip one character of the signature: the signature no longer verifies.
    char last = forged.charAt(forged.length() - 2);
    String tampered =
        forged.substring(0, forged.length() - 2)
            + (last == 'A' ? 'B' : 'A')
            + forged.charAt(forged.length() - 1);
    HttpJson.Reply reply = HttpJson.get(UNITS, tampered);
    assertEquals(401, reply.status());
    assertEquals(10008, reply.json().getInt("code"));
  }

  /**
   * The API client's tokens are SM2-signed (003 6.3.2): WildFly's OIDC client verifies them with
   * the jose4j algorithm and the realm's SM2 key set of oidc-sm2; a token whose claims were changed
   * after signing is refused in the envelope (003 Annex A 10008).
   */
  @Test
  void anSm2BearerTokenIsAcceptedAndOneWithAlteredClaimsIsRefused() {
    String token = serviceToken();
    String header =
        new String(
            Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
            StandardCharsets.UTF_8);
    assertTrue(header.contains("\"alg\":\"SM2\""), header);
    assertEquals(200, HttpJson.get(UNITS, token).status());

    String[] parts = token.split("\\.");
    String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    assertTrue(claims.contains("service-account-onewindow-api"), claims);
    String altered =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    claims
                        .replace("service-account-onewindow-api", "service-account-onewindow-apX")
                        .getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    HttpJson.Reply reply = HttpJson.get(UNITS, altered);
    assertEquals(401, reply.status());
    assertEquals(10008, reply.json().getInt("code"));
  }

  @Test
  void registeredUnitsAreListedInTheEnvelope() {
    String token = serviceToken();
    String name = "接口测试单位-" + UUID.randomUUID();
    HttpJson.Reply created =
        HttpJson.postJson(UNITS, token, "{\"name\":\"" + name + "\",\"divisionCode\":\"330100\"}");
    assertEquals(201, created.status(), created.body());
    JsonObject body = created.json();
    assertEquals(0, body.getInt("code"));
    assertEquals(name, body.getJsonObject("data").getString("name"));
    assertEquals(
        "service-account-onewindow-api", body.getJsonObject("data").getString("createdBy"));

    HttpJson.Reply list = HttpJson.get(UNITS, token);
    assertEquals(200, list.status());
    assertTrue(list.body().contains(name), list.body());
  }

  @Test
  void anInvalidDivisionCodeIsRejectedWith20000AndNothingIsSaved() {
    String token = serviceToken();
    String name = "坏区划单位-" + UUID.randomUUID();
    HttpJson.Reply reply =
        HttpJson.postJson(UNITS, token, "{\"name\":\"" + name + "\",\"divisionCode\":\"abc\"}");
    assertEquals(400, reply.status());
    assertEquals(20000, reply.json().getInt("code"));
    assertEquals("行政区划代码（divisionCode）应为6位数字", reply.json().getString("msg"));
    assertFalse(HttpJson.get(UNITS, token).body().contains(name));
  }

  @Test
  void aDuplicateNameIsRejectedWith11001() {
    String token = serviceToken();
    String json = "{\"name\":\"重复单位-" + UUID.randomUUID() + "\",\"divisionCode\":\"110000\"}";
    assertEquals(201, HttpJson.postJson(UNITS, token, json).status());
    HttpJson.Reply again = HttpJson.postJson(UNITS, token, json);
    assertEquals(409, again.status());
    assertEquals(11001, again.json().getInt("code"));
  }

  @Test
  void malformedJsonGets20000AndNoStackTrace() {
    HttpJson.Reply reply = HttpJson.postJson(UNITS, serviceToken(), "{\"name\":");
    assertEquals(400, reply.status());
    assertEquals(20000, reply.json().getInt("code"));
    assertFalse(reply.body().contains("Exception"), reply.body());
  }

  @Test
  void anUnknownPathGets20404() {
    HttpJson.Reply reply =
        HttpJson.get(Platform.BASE_URL + "/api/v1/no-such-things", serviceToken());
    assertEquals(404, reply.status());
    assertEquals(20404, reply.json().getInt("code"));
  }

  @Test
  void aWrongMethodGets20002() {
    HttpJson.Reply reply =
        HttpJson.postJson(Platform.BASE_URL + "/api/v1/health", serviceToken(), "{}");
    assertEquals(405, reply.status());
    assertEquals(20002, reply.json().getInt("code"));
  }

  // Issue 14, failure 5: loose input rules. One set of rules, in the services, for every field.

  @ParameterizedTest
  @ValueSource(strings = {"\\u0000", "\\u0007", "\\u001b", "\\u202e", "\\u2066", "\\u0085"})
  void aNameWithAControlOrBidiCharacterIsRefusedAndNothingIsStored(String escaped) {
    String token = serviceToken();
    String marker = UUID.randomUUID().toString();
    HttpJson.Reply reply =
        HttpJson.postJson(
            UNITS, token, "{\"name\":\"单位" + escaped + marker + "\",\"divisionCode\":\"330100\"}");
    assertEquals(400, reply.status(), reply.body());
    assertEquals(20000, reply.json().getInt("code"), reply.body());
    assertTrue(reply.json().getString("msg").startsWith("name 含有"), reply.body());
    assertTrue(reply.json().isNull("data"), "data is null, not left out: " + reply.body());
    assertFalse(HttpJson.get(UNITS, token).body().contains(marker), "nothing stored");
  }

  @Test
  void aDivisionCodeOutsideTheTableIsRefused() {
    String token = serviceToken();
    String name = "无此区划单位-" + UUID.randomUUID();
    HttpJson.Reply reply =
        HttpJson.postJson(UNITS, token, "{\"name\":\"" + name + "\",\"divisionCode\":\"999999\"}");
    assertEquals(400, reply.status(), reply.body());
    assertEquals(20000, reply.json().getInt("code"));
    assertTrue(reply.json().getString("msg").contains("999999"), reply.body());
    assertFalse(HttpJson.get(UNITS, token).body().contains(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {",\"divisionCode\":\"\"", ",\"divisionCode\":\"  \"", ""})
  void aMissingDivisionCodeIsRefusedNotDefaulted(String member) {
    String token = serviceToken();
    String name = "缺区划单位-" + UUID.randomUUID();
    HttpJson.Reply reply =
        HttpJson.postJson(UNITS, token, "{\"name\":\"" + name + "\"" + member + "}");
    assertEquals(400, reply.status(), reply.body());
    assertEquals(20003, reply.json().getInt("code"), reply.body());
    assertEquals("行政区划代码（divisionCode）不能为空", reply.json().getString("msg"));
    assertFalse(HttpJson.get(UNITS, token).body().contains(name));
  }

  @Test
  void aNumberForANameIsRefusedNamingTheField() {
    HttpJson.Reply reply =
        HttpJson.postJson(UNITS, serviceToken(), "{\"name\":12,\"divisionCode\":\"330100\"}");
    assertEquals(400, reply.status(), reply.body());
    assertEquals(20000, reply.json().getInt("code"));
    assertEquals("name 应为字符串", reply.json().getString("msg"));
  }

  @Test
  void aFractionForAnIdIsRefusedNotTruncated() {
    HttpJson.Reply reply =
        HttpJson.postJson(
            Platform.BASE_URL + "/api/v1/apps",
            serviceToken(),
            "{\"unitId\":1.5,\"name\":\"小数单位应用\",\"pageUrl\":\"https://app.example.gov.cn/\"}");
    assertEquals(400, reply.status(), reply.body());
    assertEquals(20000, reply.json().getInt("code"));
    assertEquals("unitId 应为整数", reply.json().getString("msg"));
  }

  @Test
  void anUnknownMemberIsRefusedNotIgnored() {
    HttpJson.Reply reply =
        HttpJson.postJson(
            Platform.BASE_URL + "/api/v1/apps",
            serviceToken(),
            "{\"unitId\":1,\"name\":\"拼错字段应用\",\"sm2PublicKeyPem\":\"-----BEGIN PUBLIC KEY-----\"}");
    assertEquals(400, reply.status(), reply.body());
    assertEquals(20000, reply.json().getInt("code"));
    assertEquals("请求内容中有未知字段 sm2PublicKeyPem", reply.json().getString("msg"));
  }

  @Test
  void aStringForABooleanIsRefusedNamingTheNestedField() {
    String token = serviceToken();
    HttpJson.Reply unit =
        HttpJson.postJson(
            UNITS,
            token,
            "{\"name\":\"布尔单位-" + UUID.randomUUID() + "\",\"divisionCode\":\"110000\"}");
    long unitId = unit.json().getJsonObject("data").getJsonNumber("id").longValue();
    String name = "布尔接口-" + UUID.randomUUID();
    String body =
        AppCentreSetup.busLine(unitId, name, "110000")
            .replace("\"required\":true", "\"required\":\"yes\"");
    assertTrue(body.contains("\"required\":\"yes\""), body);
    HttpJson.Reply reply = HttpJson.postJson(Platform.BASE_URL + "/api/v1/interfaces", token, body);
    assertEquals(400, reply.status(), reply.body());
    assertEquals(20000, reply.json().getInt("code"));
    assertTrue(
        reply.json().getString("msg").matches("requestParameters\\[\\d+]\\.required 应为布尔值.*"),
        reply.body());
    assertFalse(
        HttpJson.get(Platform.BASE_URL + "/api/v1/interfaces", token).body().contains(name));
  }

  // Issue 14, failure 6: one envelope for every error, Chinese first, English on request.

  @Test
  void aQueryParameterOfTheWrongTypeIs400Not404() {
    HttpJson.Reply reply =
        HttpJson.get(Platform.BASE_URL + "/api/v1/interfaces/1/usage?days=abc", serviceToken());
    assertEquals(400, reply.status(), reply.body());
    assertEquals(20000, reply.json().getInt("code"));
    assertEquals("查询参数 days 的格式不正确", reply.json().getString("msg"));
    assertTrue(reply.json().isNull("data"), reply.body());
  }

  @Test
  void errorsAreInEnglishWhenTheCallerAsksForIt() {
    String token = serviceToken();
    HttpJson.Reply control =
        HttpJson.call(
            "POST",
            UNITS,
            token,
            "{\"name\":\"a\\u0000b\",\"divisionCode\":\"330100\"}",
            "Content-Type",
            "application/json",
            "Accept-Language",
            "en-GB,en;q=0.9,zh-CN;q=0.5");
    assertEquals(400, control.status(), control.body());
    assertEquals(
        "name contains an invisible control character (U+0000); remove it and try again",
        control.json().getString("msg"));
    HttpJson.Reply wrongType =
        HttpJson.call(
            "POST",
            UNITS,
            token,
            "{\"name\":12}",
            "Content-Type",
            "application/json",
            "Accept-Language",
            "en");
    assertEquals("name must be a string", wrongType.json().getString("msg"));
    HttpJson.Reply unknown =
        HttpJson.call(
            "GET",
            Platform.BASE_URL + "/api/v1/no-such-things",
            token,
            null,
            "Accept-Language",
            "en");
    assertEquals(404, unknown.status());
    assertEquals("No such resource", unknown.json().getString("msg"));
    // Chinese first: no header, or Chinese before English.
    HttpJson.Reply chinese =
        HttpJson.call(
            "GET",
            Platform.BASE_URL + "/api/v1/no-such-things",
            token,
            null,
            "Accept-Language",
            "zh-CN,en;q=0.8");
    assertEquals("接口不存在", chinese.json().getString("msg"));
    // Issue 15: a service's refusal carries its key; the mapper reads it in the caller's language.
    String inspections = Platform.BASE_URL + "/api/v1/inspections?subjectType=interface";
    HttpJson.Reply refusedEnglish =
        HttpJson.call("GET", inspections, token, null, "Accept-Language", "en");
    assertEquals(400, refusedEnglish.status(), refusedEnglish.body());
    assertEquals(20000, refusedEnglish.json().getInt("code"));
    assertEquals("subjectId is required", refusedEnglish.json().getString("msg"));
    HttpJson.Reply refusedChinese = HttpJson.get(inspections, token);
    assertEquals("请指定 subjectId", refusedChinese.json().getString("msg"));
  }

  @Test
  void aPathOutsideTheApplicationGetsTheEnvelopeNotAnHtmlPage() {
    for (String method : new String[] {"GET", "POST", "DELETE"}) {
      HttpJson.Reply reply =
          HttpJson.call(
              method,
              Platform.BASE_URL + "/api/V1/access-units",
              serviceToken(),
              method.equals("POST") ? "{}" : null,
              "Content-Type",
              "application/json");
      assertEquals(404, reply.status(), method + ": " + reply.body());
      assertEquals(20404, reply.json().getInt("code"), reply.body());
      assertTrue(reply.json().isNull("data"), reply.body());
    }
    HttpJson.Reply english =
        HttpJson.call(
            "GET",
            Platform.BASE_URL + "/api/v2/apps",
            serviceToken(),
            null,
            "Accept-Language",
            "en");
    assertEquals("No such resource", english.json().getString("msg"));
    // Without a token: the OIDC mechanism's 401, in the envelope too.
    HttpJson.Reply anonymous =
        HttpJson.call("POST", UNITS, null, "{}", "Content-Type", "application/json");
    assertEquals(401, anonymous.status(), anonymous.body());
    assertEquals(10008, anonymous.json().getInt("code"), anonymous.body());
  }

  @Test
  void backChannelLogoutErrorsAreChineseFirstAndEnglishOnRequest() {
    String logout = Platform.BASE_URL + "/api/v1/backchannel-logout";
    HttpJson.Reply chinese =
        HttpJson.call(
            "POST",
            logout,
            null,
            "logout_token=not-a-token",
            "Content-Type",
            "application/x-www-form-urlencoded");
    assertEquals(400, chinese.status(), chinese.body());
    assertEquals(20000, chinese.json().getInt("code"));
    assertEquals("注销令牌无效，未注销任何会话", chinese.json().getString("msg"));
    assertTrue(chinese.json().isNull("data"), chinese.body());
    HttpJson.Reply english =
        HttpJson.call(
            "POST",
            logout,
            null,
            "logout_token=not-a-token",
            "Content-Type",
            "application/x-www-form-urlencoded",
            "Accept-Language",
            "en");
    assertEquals(
        "The logout token is invalid; no session was ended", english.json().getString("msg"));
  }

  @Test
  void identityEventRefusalsDoNotRepeatTheCodeInTheMessage() {
    HttpJson.Reply reply =
        HttpJson.postJson(Platform.BASE_URL + "/api/v1/identity-events", null, "[]");
    assertEquals(401, reply.status(), reply.body());
    assertEquals(20003, reply.json().getInt("code"), reply.body());
    assertEquals("缺少请求签名头", reply.json().getString("msg"));
    assertTrue(reply.json().isNull("data"), reply.body());
  }
}
