package org.onewindow.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.crypto.replay.InMemoryNonceStore;
import org.onewindow.crypto.signing.RequestParts;
import org.onewindow.crypto.signing.RequestSigner;
import org.onewindow.crypto.sm2.Sm2PrivateKey;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.crypto.sm4.Sm4Key;
import org.onewindow.crypto.ticket.TicketOpener;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.AppCentreSetup;
import org.onewindow.it.support.Browser;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.KeycloakAdmin;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.onewindow.it.support.RealmLogin;
import org.openqa.selenium.By;

/**
 * Consent before data (000 10.3 h; 003 6.3.2.1 b–c), end to end: an app onboarded in the
 * application centre and approved for the name only; its backend's ticket exchange gets 10008 and
 * no data until the user agrees on the portal's consent page, then the approved field and nothing
 * else (the user's mobile number stays home), and after the user withdraws in the user centre
 * nothing again.
 */
@PlatformIT
class ConsentIT {

  @RegisterExtension static final Administrators administrators = new Administrators();

  private static final String TICKETS = Platform.REALM_URL + "/onewindow-tickets";
  private static final String PAGE = Platform.BASE_URL + "/portal/privacy.xhtml";
  private static final String PASSWORD = "Consent#2026x";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final KeycloakAdmin admin = new KeycloakAdmin();
  private final String username = "consent-" + UUID.randomUUID().toString().substring(0, 8);
  private final String userId =
      admin.createUser(
          KeycloakAdmin.user(username, "建国", "王")
              .add(
                  "attributes",
                  Json.createObjectBuilder()
                      .add("mobile", Json.createArrayBuilder().add("13900001234"))
                      .add("realNameLevel", Json.createArrayBuilder().add("3")))
              .build(),
          "citizen",
          KeycloakAdmin.password(PASSWORD));

  @AfterEach
  void cleanUp() {
    admin.delete("/users/" + userId);
  }

  /** An app of a unit of its own, approved for {@code fields} (JSON array text) at onboarding. */
  private static JsonObject onboard(String fields) {
    AppCentreSetup centre = new AppCentreSetup(administrators, "授权");
    HttpJson.Reply app =
        HttpJson.postJson(
            AppCentreSetup.API + "/apps",
            centre.system,
            "{\"unitId\":"
                + centre.unitId
                + ",\"name\":\"授权测试应用-"
                + UUID.randomUUID().toString().substring(0, 8)
                + "\",\"description\":\"授权测试\",\"pageUrl\":\""
                + PAGE
                + "\",\"userFields\":"
                + fields
                + "}");
    assertEquals(201, app.status(), app.body());
    return app.json().getJsonObject("data");
  }

  private static String ticket(RealmLogin user, String appKey) {
    HttpResponse<String> issued =
        user.send("POST", TICKETS + "/tickets?app=" + appKey, Platform.BASE_URL);
    assertEquals(200, issued.statusCode(), issued.body());
    return json(issued.body()).getJsonObject("data").getString("ticket");
  }

  /** The app's backend trades a ticket, signing with its SM2 key (000 9.2.1 b). */
  private static HttpResponse<String> exchange(JsonObject issued, String ticket) {
    String appKey = issued.getJsonObject("app").getString("appKey");
    URI uri = URI.create(TICKETS + "/exchanges");
    byte[] body = ("{\"ticket\":\"" + ticket + "\"}").getBytes(StandardCharsets.UTF_8);
    RequestSigner signer =
        new RequestSigner(
            appKey, Sm2PrivateKey.fromPem(issued.getString("sm2PrivateKeyPem")), Clock.systemUTC());
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    signer.sign(RequestParts.of("POST", uri, body)).headers().forEach(request::header);
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> opened(JsonObject issued, HttpResponse<String> exchanged) {
    HttpJson.Reply key = HttpJson.get(TICKETS + "/platform-key", null);
    TicketOpener opener =
        new TicketOpener(
            Sm2PublicKey.fromPem(key.json().getJsonObject("data").getString("publicKey")),
            issued.getJsonObject("app").getString("appKey"),
            Sm4Key.of(HexFormat.of().parseHex(issued.getString("sm4KeyHex"))),
            Clock.systemUTC(),
            Duration.ofSeconds(60),
            new InMemoryNonceStore());
    return opener.open(json(exchanged.body()).getJsonObject("data").getString("userInfo")).claims();
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static void assertNoData(HttpResponse<String> exchanged) {
    assertEquals(403, exchanged.statusCode(), exchanged.body());
    JsonObject answer = json(exchanged.body());
    assertEquals(10008, answer.getInt("code"), "003 Annex A 用户未授权");
    assertTrue(answer.getString("msg").contains("/portal/consent/"), answer.getString("msg"));
    assertFalse(answer.containsKey("data") && !answer.isNull("data"), exchanged.body());
  }

  @Test
  void anAppGetsNoDataBeforeConsentThenOnlyItsApprovedFieldsAndNothingAfterRevocation() {
    JsonObject issued = onboard("[\"name\"]");
    String appKey = issued.getJsonObject("app").getString("appKey");
    RealmLogin user = RealmLogin.as(username, PASSWORD);

    // 000 10.3 h: before the user agreed, the exchange hands nothing over.
    assertNoData(exchange(issued, ticket(user, appKey)));

    try (Browser browser = new Browser()) {
      // The address the refusal names: the app id in the path survives the sign-in.
      browser.open(Platform.BASE_URL + "/portal/consent/" + appKey);
      browser.logInAtKeycloak(username, PASSWORD);
      // The page says which app asks for which field, and links the privacy statement (10.3 i).
      assertTrue(browser.text(By.id("consentApp")).contains("授权测试应用-"));
      String fields = browser.text(By.id("consentFields"));
      assertTrue(fields.contains("姓名"), fields);
      assertFalse(fields.contains("手机号码"), "only the approved field is asked for: " + fields);
      browser.find(By.id("consentPrivacy"));
      browser.screenshot("portal-consent");
      browser.click(By.id("consentForm:agree"));
      // Back to the app's registered page, never to an address from the request.
      browser.waitUntil(driver -> browser.url().startsWith(PAGE));

      // 003 6.3.2.1 c: after consent, the approved field only — no mobile, no login name.
      Map<String, String> claims = opened(issued, exchange(issued, ticket(user, appKey)));
      assertEquals("王建国", claims.get("name"));
      assertEquals(userId, claims.get("userId"));
      assertEquals("3", claims.get("realNameLevel"));
      assertFalse(claims.containsKey("mobile"), claims.toString());
      assertFalse(claims.containsKey("username"), claims.toString());

      // The user centre lists the consent; withdrawing it ends the app's access.
      browser.open(Platform.BASE_URL + "/portal/me.xhtml");
      assertTrue(browser.text(By.id("consent-0")).contains("授权测试应用-"));
      browser.click(By.id("consents:consentList:0:revoke"));
      browser.waitForText(By.id("consent-0"), "已撤回");
      assertTrue(browser.findAll(By.id("consents:consentList:0:revoke")).isEmpty());
    }
    assertNoData(exchange(issued, ticket(user, appKey)));
  }
}
