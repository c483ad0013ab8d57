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
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.onewindow.crypto.replay.InMemoryNonceStore;
import org.onewindow.crypto.signing.RequestParts;
import org.onewindow.crypto.signing.RequestSigner;
import org.onewindow.crypto.sm2.Sm2PrivateKey;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.crypto.sm4.Sm4Key;
import org.onewindow.crypto.ticket.OpenedTicket;
import org.onewindow.crypto.ticket.TicketOpener;
import org.onewindow.it.support.ConsentPage;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.onewindow.it.support.RealmLogin;

/**
 * The JSSDK's user-info tickets against the real Keycloak (000 9.2.1–9.2.3): a logged-in user's
 * page gets a one-time ticket for one app; the app's backend, signing its call with its SM2 key,
 * trades it for user info sealed under its SM4 key, which the SDK opens. The app is the realm
 * file's demo light app, under the consent rule like every app (000 10.3 h): the demo citizen
 * agrees once on the portal's consent page first. Keycloak only: runs once, in the H2 run.
 */
@PlatformIT
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
class TicketIT {

  private static final String APP = ConsentPage.DEMO_APP;
  private static final String TICKETS = Platform.REALM_URL + "/onewindow-tickets";
  private static final Path DEMO_KEYS = Path.of("..", "keycloak-realm", "demo", "keys");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void theDemoCitizenAgreedForTheDemoApp() {
    ConsentPage.agree("citizen", Platform.DEMO_PASSWORD, APP);
  }

  private static String demoKey(String file) {
    try {
      return Files.readString(DEMO_KEYS.resolve(file), StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  /** The light app's backend: calls the exchange with its own key, as the SDK's signer does. */
  private static HttpResponse<String> exchange(
      String ticket, Sm2PrivateKey appKey, String... headers) {
    return exchangeAt(TICKETS + "/exchanges", ticket, appKey, headers);
  }

  private static HttpResponse<String> exchangeAt(
      String address, String ticket, Sm2PrivateKey appKey, String... headers) {
    return exchangeSignedAt(Clock.systemUTC(), address, ticket, appKey, headers);
  }

  private static HttpResponse<String> exchangeSignedAt(
      Clock signersClock, String address, String ticket, Sm2PrivateKey appKey, String... headers) {
    URI uri = URI.create(address);
    byte[] body = ("{\"ticket\":\"" + ticket + "\"}").getBytes(StandardCharsets.UTF_8);
    RequestSigner signer = new RequestSigner(APP, appKey, signersClock);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    signer.sign(RequestParts.of("POST", uri, body)).headers().forEach(request::header);
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

  private static Sm2PrivateKey appKey() {
    return Sm2PrivateKey.fromPem(demoKey("demo-lightapp-sm2-key.pem"));
  }

  private static TicketOpener opener() {
    HttpJson.Reply key = HttpJson.get(TICKETS + "/platform-key", null);
    assertEquals(200, key.status(), key.body());
    Sm2PublicKey platform =
        Sm2PublicKey.fromPem(key.json().getJsonObject("data").getString("publicKey"));
    return new TicketOpener(
        platform,
        APP,
        Sm4Key.of(java.util.HexFormat.of().parseHex(demoKey("demo-lightapp-sm4-key.hex"))),
        Clock.systemUTC(),
        Duration.ofSeconds(60),
        new InMemoryNonceStore());
  }

  private static String ticketFor(RealmLogin user) {
    HttpResponse<String> issued =
        user.send("POST", TICKETS + "/tickets?app=" + APP, Platform.BASE_URL);
    assertEquals(200, issued.statusCode(), issued.body());
    // Only the app's registered origin may read the answer (CORS with credentials).
    assertEquals(
        Platform.BASE_URL, issued.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    assertEquals(
        "true", issued.headers().firstValue("Access-Control-Allow-Credentials").orElse(""));
    JsonObject body = json(issued.body());
    assertEquals(0, body.getInt("code"));
    return body.getJsonObject("data").getString("ticket");
  }

  @Test
  void aTicketIsExchangedOnceForUserInfoSealedForTheApp() {
    RealmLogin citizen = RealmLogin.as("citizen", Platform.DEMO_PASSWORD);
    String ticket = ticketFor(citizen);

    HttpResponse<String> exchanged = exchange(ticket, appKey());
    assertEquals(200, exchanged.statusCode(), exchanged.body());
    String sealed = json(exchanged.body()).getJsonObject("data").getString("userInfo");
    assertFalse(sealed.contains("citizen"), "user info travels sealed (000 9.2.1 c)");

    OpenedTicket opened = opener().open(sealed);
    Map<String, String> claims = opened.claims();
    // The approved fields the citizen agreed to (name, mobile), the opaque id, never the login.
    assertEquals("张三", claims.get("name"), claims.toString());
    assertTrue(claims.containsKey("userId"), claims.toString());
    assertFalse(claims.containsKey("username"), claims.toString());
    assertEquals(APP, opened.appId());
    assertTrue(claims.containsKey("realNameLevel"), claims.toString());

    // Single use (000 9.2.1 d): the same ticket again is an invalid authorisation code.
    HttpResponse<String> again = exchange(ticket, appKey());
    assertEquals(400, again.statusCode(), again.body());
    assertEquals(10005, json(again.body()).getInt("code"));
  }

  @Test
  void anAppThatAsksForJsonClaimsGetsAVersion2Ticket() {
    // Issue 16: ?claims=json (signed with the rest of the request) seals the claims as JSON.
    RealmLogin citizen = RealmLogin.as("citizen", Platform.DEMO_PASSWORD);
    String ticket = ticketFor(citizen);

    HttpResponse<String> misspelt =
        exchangeAt(TICKETS + "/exchanges?claims=JSON", ticket, appKey(), "Accept-Language", "en");
    assertEquals(400, misspelt.statusCode(), misspelt.body());
    assertEquals(20000, json(misspelt.body()).getInt("code"));
    assertEquals(
        "The parameter claims must be json or binary", json(misspelt.body()).getString("msg"));

    HttpResponse<String> exchanged =
        exchangeAt(TICKETS + "/exchanges?claims=json", ticket, appKey());
    assertEquals(200, exchanged.statusCode(), "a refused parameter did not spend the ticket");
    OpenedTicket opened =
        opener().open(json(exchanged.body()).getJsonObject("data").getString("userInfo"));
    assertEquals(2, opened.version());
    assertEquals("张三", opened.claims().get("name"));
    JsonObject claims = json(new String(opened.userInfo(), StandardCharsets.UTF_8));
    assertEquals("张三", claims.getString("name"), "the plaintext is a JSON object");
  }

  @Test
  void thePlatformKeyIsAlsoServedAsBarePem() {
    // docs/wire-formats.md §4: curl -o platform.pem for OpenSSL, the same key as the envelope's.
    HttpJson.Reply enveloped = HttpJson.get(TICKETS + "/platform-key", null);
    HttpResponse<String> pem =
        send(HttpRequest.newBuilder(URI.create(TICKETS + "/platform-key.pem")).GET());
    assertEquals(200, pem.statusCode(), pem.body());
    assertEquals("application/x-pem-file", pem.headers().firstValue("Content-Type").orElse(""));
    assertTrue(pem.body().startsWith("-----BEGIN PUBLIC KEY-----\n"), pem.body());
    assertEquals(
        Sm2PublicKey.fromPem(enveloped.json().getJsonObject("data").getString("publicKey")),
        Sm2PublicKey.fromPem(pem.body()));
  }

  @Test
  void aStaleSignatureIsRefusedWithTheServersTime() {
    // Issue 16 item 2: the refusal names the failed check and the server's time, so an app whose
    // clock drifted sees by how much.
    Clock tenMinutesSlow = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-10));
    long before = System.currentTimeMillis();
    HttpResponse<String> stale =
        exchangeSignedAt(
            tenMinutesSlow,
            TICKETS + "/exchanges",
            "x".repeat(43),
            appKey(),
            "Accept-Language",
            "en");
    assertEquals(401, stale.statusCode(), stale.body());
    String message = json(stale.body()).getString("msg");
    java.util.regex.Matcher serverTime =
        java.util.regex.Pattern.compile(
                "X-OW-Timestamp is not within 5 minutes of the server's time \\((\\d+) ms\\)")
            .matcher(message);
    assertTrue(serverTime.matches(), message);
    long said = Long.parseLong(serverTime.group(1));
    assertTrue(said >= before && said <= System.currentTimeMillis(), message);
  }

  @Test
  void theLoginStateIsToldToTheAppsOriginOnly() {
    RealmLogin citizen = RealmLogin.as("citizen", Platform.DEMO_PASSWORD);
    HttpResponse<String> state =
        citizen.send("GET", TICKETS + "/session?app=" + APP, Platform.BASE_URL);
    assertEquals("true", json(state.body()).getJsonObject("data").getString("loggedIn"));

    HttpResponse<String> anonymous =
        anonymousSend("GET", TICKETS + "/session?app=" + APP, Platform.BASE_URL);
    assertEquals("false", json(anonymous.body()).getJsonObject("data").getString("loggedIn"));
  }

  @Test
  void anotherSitesPageGetsNoTicket() {
    RealmLogin citizen = RealmLogin.as("citizen", Platform.DEMO_PASSWORD);
    HttpResponse<String> foreign =
        citizen.send("POST", TICKETS + "/tickets?app=" + APP, "https://evil.example");
    assertEquals(403, foreign.statusCode(), foreign.body());
    assertEquals(10008, json(foreign.body()).getInt("code"));
    assertTrue(foreign.headers().firstValue("Access-Control-Allow-Origin").isEmpty());

    HttpResponse<String> unknownApp =
        citizen.send("POST", TICKETS + "/tickets?app=no-such-app", Platform.BASE_URL);
    assertEquals(400, unknownApp.statusCode());
    assertEquals(20000, json(unknownApp.body()).getInt("code"));
  }

  @Test
  void withoutALoginThereIsNoTicket() {
    HttpResponse<String> anonymous =
        anonymousSend("POST", TICKETS + "/tickets?app=" + APP, Platform.BASE_URL);
    assertEquals(401, anonymous.statusCode(), anonymous.body());
    assertEquals(10008, json(anonymous.body()).getInt("code"));
  }

  @Test
  void forgedAndUnsignedExchangesAreRefusedAndSpendNothing() {
    RealmLogin citizen = RealmLogin.as("citizen", Platform.DEMO_PASSWORD);
    String ticket = ticketFor(citizen);

    // Signed with a key that is not the app's: refused before the ticket is touched.
    HttpResponse<String> forged =
        exchange(ticket, org.onewindow.crypto.sm2.Sm2Keys.generate().privateKey());
    assertEquals(401, forged.statusCode(), forged.body());
    assertFalse(forged.body().contains("Exception"), forged.body());

    HttpResponse<String> unsigned =
        anonymousSend("POST", TICKETS + "/exchanges", null, "{\"ticket\":\"" + ticket + "\"}");
    assertEquals(401, unsigned.statusCode(), unsigned.body());

    // A made-up ticket, properly signed: invalid authorisation code.
    HttpResponse<String> madeUp = exchange("A".repeat(43), appKey());
    assertEquals(10005, json(madeUp.body()).getInt("code"), madeUp.body());

    // The genuine ticket is still good for the genuine app.
    assertEquals(200, exchange(ticket, appKey()).statusCode());
  }

  private static HttpResponse<String> anonymousSend(String method, String url, String origin) {
    return anonymousSend(method, url, origin, null);
  }

  private static HttpResponse<String> anonymousSend(
      String method, String url, String origin, String jsonBody) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .method(
                method,
                jsonBody == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(jsonBody));
    if (jsonBody != null) {
      request.header("Content-Type", "application/json");
    }
    if (origin != null) {
      request.header("Origin", origin);
    }
    return send(request);
  }

  /**
   * Issue 14, failure 6: a ticket that is there but malformed is 20000 参数错误; only a missing one is
   * 20003 参数不能为空 (003 Annex A). The call is the app's own, signed: only the value is wrong.
   */
  @Test
  void aMalformedTicketIs20000AndAMissingOne20003() {
    for (String malformed : new String[] {"not a ticket!", "票据", "A".repeat(129)}) {
      HttpResponse<String> refused = exchange(malformed, appKey());
      assertEquals(400, refused.statusCode(), refused.body());
      assertEquals(20000, json(refused.body()).getInt("code"), refused.body());
      assertTrue(json(refused.body()).isNull("data"), refused.body());
    }
    HttpResponse<String> missing = exchange("", appKey());
    assertEquals(400, missing.statusCode(), missing.body());
    assertEquals(20003, json(missing.body()).getInt("code"), missing.body());
    assertEquals("ticket 不能为空", json(missing.body()).getString("msg"));
    // Chinese first, English when the caller asks for it (Accept-Language).
    HttpResponse<String> english = exchange("not a ticket!", appKey(), "Accept-Language", "en");
    assertEquals("The ticket is malformed", json(english.body()).getString("msg"), english.body());
  }
}
