package org.onewindow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The REST API through the real Keycloak: the {code,msg,data} envelope of 003 6.2.2.2, the codes of
 * 003 Annex A, and bad input that changes nothing.
 */
@PlatformIT
@RunAsClient
class ApiIT {

  private static final String UNITS = Platform.BASE_URL + "/api/v1/access-units";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Platform.ear();
  }

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
    assertEquals("行政区划代码应为6位数字", reply.json().getString("msg"));
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
}
