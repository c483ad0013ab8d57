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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.crypto.signing.RequestParts;
import org.onewindow.crypto.signing.RequestSigner;
import org.onewindow.crypto.signing.SignatureHeaders;
import org.onewindow.crypto.sm2.Sm2Keys;
import org.onewindow.crypto.sm2.Sm2PrivateKey;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.Browser;
import org.onewindow.it.support.KeycloakAdmin;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.onewindow.it.support.Poll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The identity audit channel end to end (GB/T 22239 8.1.4.3; 003 6.3.2.1 d): the real Keycloak's
 * {@code onewindow-audit} listener forwards a failed login and an administrator's change to the
 * platform, which keeps them masked in the SM3-chained trail the console shows; calls on the
 * channel that are not the realm's are refused with their codes and change nothing.
 */
@PlatformIT
class IdentityEventsIT {

  @RegisterExtension static final Administrators administrators = new Administrators();

  private static final URI EVENTS = URI.create(Platform.BASE_URL + "/api/v1/identity-events");
  private static final URI WATERMARK = URI.create(EVENTS + "/watermark");
  private static final String AUDIT_PAGE = Platform.BASE_URL + "/console/audit.xhtml";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** The documented demo key the test harness's Keycloak signs with (demo/keys/README.md). */
  private static Sm2PrivateKey realmAuditKey() {
    try {
      return Sm2PrivateKey.fromPem(
          Files.readString(
              Path.of("..", "keycloak-realm", "demo", "keys", "demo-audit-signing-key.pem"),
              StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static SignatureHeaders sign(
      String signer, Sm2PrivateKey key, String method, URI uri, byte[] body) {
    return new RequestSigner(signer, key, Clock.systemUTC())
        .sign(RequestParts.of(method, uri, body));
  }

  private static Map<String, String> withEnglish(Map<String, String> headers) {
    Map<String, String> english = new java.util.HashMap<>(headers);
    english.put("Accept-Language", "en");
    return english;
  }

  private static HttpResponse<String> post(byte[] body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(EVENTS)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    return send(request);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static byte[] oneEvent(String id, long time) {
    return ("[{\"id\":\""
            + id
            + "\",\"kind\":\"user\",\"time\":"
            + time
            + ",\"type\":\"LOGIN\",\"actor\":\"it-user\",\"outcome\":\"success\","
            + "\"detail\":{\"client\":\"onewindow-portal\"}}]")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void onlyTheRealmsSignatureIsAcceptedAndEachEventIsKeptOnce() {
    Sm2PrivateKey realmKey = realmAuditKey();
    long time = System.currentTimeMillis();
    byte[] body = oneEvent("it-" + UUID.randomUUID(), time);

    HttpResponse<String> unsigned = post(body, Map.of());
    assertEquals(401, unsigned.statusCode());
    assertEquals(20003, json(unsigned).getInt("code"), unsigned.body());

    Sm2PrivateKey stranger = Sm2Keys.generate().privateKey();
    HttpResponse<String> forged =
        post(body, sign("keycloak-audit", stranger, "POST", EVENTS, body).headers());
    assertEquals(401, forged.statusCode());
    assertEquals(20001, json(forged).getInt("code"), forged.body());

    HttpResponse<String> otherSigner =
        post(body, sign("onewindow-lightapp-demo", realmKey, "POST", EVENTS, body).headers());
    assertEquals(401, otherSigner.statusCode());
    assertEquals(10008, json(otherSigner).getInt("code"), otherSigner.body());

    Map<String, String> genuine = sign("keycloak-audit", realmKey, "POST", EVENTS, body).headers();
    HttpResponse<String> first = post(body, genuine);
    assertEquals(200, first.statusCode(), first.body());
    assertEquals(1, json(first).getJsonObject("data").getInt("accepted"));

    // Issue 16 item 2: a stale call is told the server's time.
    Map<String, String> stale =
        new RequestSigner(
                "keycloak-audit",
                realmKey,
                Clock.offset(Clock.systemUTC(), java.time.Duration.ofMinutes(-10)))
            .sign(RequestParts.of("POST", EVENTS, body))
            .headers();
    HttpResponse<String> late = post(body, withEnglish(stale));
    assertEquals(401, late.statusCode(), late.body());
    assertEquals(20001, json(late).getInt("code"));
    assertTrue(
        json(late)
            .getString("msg")
            .matches(
                "X-OW-Timestamp is not within 5 minutes of the server's time \\(\\d{13} ms\\)"),
        late.body());

    HttpResponse<String> replayed = post(body, genuine);
    assertEquals(401, replayed.statusCode(), "the same nonce twice");
    assertEquals(20001, json(replayed).getInt("code"));

    HttpResponse<String> resent =
        post(body, sign("keycloak-audit", realmKey, "POST", EVENTS, body).headers());
    assertEquals(200, resent.statusCode(), resent.body());
    assertEquals(0, json(resent).getJsonObject("data").getInt("accepted"), "kept once");

    byte[] malformed = "[{\"id\":\"x\"}]".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> refused =
        post(malformed, sign("keycloak-audit", realmKey, "POST", EVENTS, malformed).headers());
    assertEquals(400, refused.statusCode());
    assertEquals(20000, json(refused).getInt("code"), refused.body());

    HttpRequest.Builder watermark = HttpRequest.newBuilder(WATERMARK).GET();
    sign("keycloak-audit", realmKey, "GET", WATERMARK, new byte[0])
        .headers()
        .forEach(watermark::header);
    HttpResponse<String> mark = send(watermark);
    assertEquals(200, mark.statusCode(), mark.body());
    assertTrue(json(mark).getJsonObject("data").getJsonNumber("user").longValue() >= time);
  }

  @Test
  void aFailedLoginAndAnAdministratorsChangeReachTheConsolesAuditTrailMasked() {
    KeycloakAdmin admin = new KeycloakAdmin();
    String username = "audit-" + UUID.randomUUID().toString().substring(0, 8);
    String id =
        admin.createUser(
            username, "citizen", KeycloakAdmin.password("Audit@" + UUID.randomUUID() + "x"));
    post("[]".getBytes(StandardCharsets.UTF_8), Map.of()); // one refusal for the trail too
    try (Browser browser = new Browser()) {
      browser.open(Platform.BASE_URL + "/portal/me.xhtml");
      browser.logInAtKeycloak(username, "not-the-password");
      browser.findExactText("用户名或密码不正确");

      browser.open(AUDIT_PAGE);
      browser.logInAsAdministrator(administrators.platformAdmin());
      browser.find(By.id("audit:records"));
      // The realm forwards on a thread of its own: look again until both lines are in.
      waitForRows(
          browser,
          rows ->
              hasRow(rows, "keycloak", "LOGIN_ERROR", id, "error=invalid_user_credentials")
                  && hasRow(rows, "keycloak", "ADMIN_CREATE_USER", "", "resource=users/" + id)
                  && hasRow(rows, "platform", "IDENTITY_EVENTS_REJECTED", "", "MISSING_HEADER"));
      assertFalse(browser.pageSource().contains(username), "the user name is masked");
      browser.screenshot("audit-trail-identity-events");

      browser.click(By.id("audit:verify"));
      // The check reads the whole trail, and the deployed-once platform's trail holds every
      // record the run's classes wrote before this one.
      WebElement chain = browser.find(By.id("audit:chain"), Duration.ofMinutes(3));
      assertEquals("审计链完整（SM3 链式摘要校验通过）", chain.getText().strip(), "the chain holds (002 6.7)");
    } finally {
      admin.delete("/users/" + id);
    }
  }

  private record Row(String source, String type, String actor, String detail) {}

  private static boolean hasRow(
      List<Row> rows, String source, String type, String actor, String detailPart) {
    return rows.stream()
        .anyMatch(
            row ->
                row.source().equals(source)
                    && row.type().equals(type)
                    && (actor.isEmpty() || row.actor().equals(actor))
                    && row.detail().contains(detailPart));
  }

  private static void waitForRows(
      Browser browser, java.util.function.Predicate<List<Row>> condition) {
    Poll.until(
        Duration.ofSeconds(90),
        () -> {
          browser.open(AUDIT_PAGE);
          browser.find(By.id("audit:records"));
          return browser.findAll(By.cssSelector("tr.ow-audit-row")).stream()
              .map(IdentityEventsIT::row)
              .toList();
        },
        condition,
        "audit lines not shown");
  }

  private static Row row(WebElement tr) {
    return new Row(
        tr.findElement(By.className("ow-audit-source")).getText(),
        tr.findElement(By.className("ow-audit-type")).getText(),
        tr.findElement(By.className("ow-audit-actor")).getText(),
        tr.findElement(By.className("ow-audit-detail")).getText());
  }
}
