package org.onewindow.it.appcenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.crypto.replay.InMemoryNonceStore;
import org.onewindow.crypto.signing.AppPublicKeys;
import org.onewindow.crypto.signing.RequestParts;
import org.onewindow.crypto.signing.RequestSigner;
import org.onewindow.crypto.signing.RequestVerifier;
import org.onewindow.crypto.sm2.Sm2Keys;
import org.onewindow.crypto.sm2.Sm2PrivateKey;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.AppCentreSetup;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.KeycloakAdmin;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.onewindow.it.support.Poll;
import org.onewindow.it.support.SampleUpstream;

/**
 * The interface gateway with real signed requests (000 9.4.4; 003 6.2.4): an app onboarded through
 * the API signs with the sm-crypto SDK, the platform forwards to a real upstream started here,
 * signed with the interface's own platform key, and masks the answer (000 9.4.5). Every refusal
 * answers its 003 Annex A code and the upstream is never called.
 */
@PlatformIT
class GatewayIT {

  private static final String API = Platform.BASE_URL + "/api/v1";
  private static final int TEST_CALLS_PER_MINUTE = 10;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @RegisterExtension static final Administrators administrators = new Administrators();

  private static SampleUpstream upstream;
  private static AppCentreSetup setup;
  private static String system;
  private static String reviewer;
  private static long busLine;
  private static long offlineLine;
  private static long broken;
  private static long flaky;
  private static long counted;
  private static String appKey;
  private static long appId;
  private static Sm2PrivateKey appPrivateKey;

  @BeforeAll
  static void anOnlineInterfaceAndABoundApp() {
    upstream = new SampleUpstream();
    setup = new AppCentreSetup(administrators, "网关测试");
    system = setup.system;
    reviewer = setup.reviewer();
    busLine = onlineInterface("/bus/line");
    offlineLine = onlineInterface("/bus/line");
    broken = onlineInterface("/broken");
    flaky = onlineInterface("/flaky");
    counted = onlineInterface("/bus/line");
    JsonObject issued = setup.applyForApp("http://localhost:18091/bus");
    appKey = issued.getJsonObject("app").getString("appKey");
    appId = issued.getJsonObject("app").getJsonNumber("id").longValue();
    appPrivateKey = Sm2PrivateKey.fromPem(issued.getString("sm2PrivateKeyPem"));
    assertEquals(32, issued.getString("sm4KeyHex").length());
    // Only an online app calls outside test mode, and an online app's bindings are fixed (issue
    // 14): every interface the tests call is bound before the app goes online.
    for (long bound : new long[] {busLine, offlineLine, broken, flaky, counted}) {
      bind(appId, bound);
    }
    setup.takeOnline(appId);
  }

  @AfterAll
  static void stop() {
    upstream.close();
  }

  /** Registered by the system account, approved and put online by the reviewer. */
  private static long onlineInterface(String path) {
    return setup.onlineInterface(SampleUpstream.url(path));
  }

  private static void transition(long id, String token, String action) {
    AppCentreSetup.transition("/interfaces/", id, token, action);
  }

  private static void bind(long app, long interfaceId) {
    setup.bind(app, interfaceId);
  }

  private static String path(long interfaceId) {
    return "/gateway/v1/interfaces/" + interfaceId;
  }

  private static byte[] form(String city, String line) {
    return ("city=" + java.net.URLEncoder.encode(city, StandardCharsets.UTF_8) + "&q=" + line)
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A POST of {@code body} to the gateway with {@code headers}; status and body. */
  private static HttpJson.Reply post(long interfaceId, byte[] body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Platform.BASE_URL + path(interfaceId)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    return send(request.build());
  }

  private static HttpJson.Reply send(HttpRequest request) {
    try {
      HttpResponse<String> response =
          HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new HttpJson.Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> signed(
      String key, Sm2PrivateKey privateKey, long id, byte[] body) {
    return new RequestSigner(key, privateKey, Clock.systemUTC())
        .sign(new RequestParts("POST", path(id), null, body))
        .headers();
  }

  private static HttpJson.Reply signedPost(long interfaceId, byte[] body) {
    return post(interfaceId, body, signed(appKey, appPrivateKey, interfaceId, body));
  }

  @Test
  void aSignedCallIsForwardedSignedByThePlatformAndTheAnswerIsMasked() {
    HttpJson.Reply reply = signedPost(busLine, form("北京", "110"));
    assertEquals(200, reply.status(), reply.body());
    JsonObject answer = reply.json().getJsonObject("process_response");
    assertEquals("100", answer.getString("result_code"));
    JsonObject item = answer.getJsonArray("items").getJsonObject(0);
    assertEquals("张**", item.getString("name"));
    assertEquals("1390*******", item.getString("mobile"));
    assertEquals("北京", upstream.lastForm().get("city"));

    // 000 9.4.4 a: the interface verifies the platform's signature with the public key it was
    // given.
    Map<String, String> received = upstream.lastHeaders();
    assertEquals(appKey, received.get("x-ow-caller-app"));
    JsonObject settings =
        HttpJson.get(API + "/interfaces/" + busLine + "/gateway", system)
            .json()
            .getJsonObject("data");
    assertEquals("SIGNATURE", settings.getString("authMode"));
    Sm2PublicKey platformKey = Sm2PublicKey.fromPem(settings.getString("platformPublicKeyPem"));
    RequestVerifier upstreamSide =
        new RequestVerifier(
            AppPublicKeys.of(Map.of(settings.getString("platformSigner"), platformKey)),
            Clock.systemUTC(),
            Duration.ofMinutes(5),
            new InMemoryNonceStore(Clock.systemUTC()));
    upstreamSide.verify(
        new RequestParts("POST", "/bus/line", upstream.lastQuery(), upstream.lastBody()), received);
  }

  @Test
  void unsignedForgedReplayedStaleAndUnknownCallsAreRefusedAndNeverForwarded() {
    int before = upstream.calls("/bus/line");
    byte[] body = form("北京", "110");

    HttpJson.Reply unsigned = post(busLine, body, Map.of());
    assertEquals(401, unsigned.status());
    assertEquals(20003, unsigned.json().getInt("code"));
    // Issue 16 item 2: each refusal names the check that failed, after the standard's wording.
    assertTrue(unsigned.json().getString("msg").startsWith("参数不能为空：缺少签名请求头"), unsigned.body());
    // Issue 14 item 7: the same refusal in English when the caller asks for it.
    HttpJson.Reply english = post(busLine, body, Map.of("Accept-Language", "en-GB,en;q=0.8"));
    assertEquals(20003, english.json().getInt("code"), english.body());
    assertTrue(
        english
            .json()
            .getString("msg")
            .startsWith("A required parameter is missing: the signature"),
        english.body());
    assertTrue(english.json().isNull("data"), english.body());

    Map<String, String> headers = signed(appKey, appPrivateKey, busLine, body);
    HttpJson.Reply forged = post(busLine, form("上海", "110"), headers);
    assertEquals(401, forged.status());
    assertEquals(20001, forged.json().getInt("code"), forged.body());
    assertTrue(forged.json().getString("msg").contains("签名验证未通过"), forged.body());

    Map<String, String> once = signed(appKey, appPrivateKey, busLine, body);
    assertEquals(200, post(busLine, body, once).status());
    HttpJson.Reply replayed = post(busLine, body, once);
    assertEquals(401, replayed.status());
    assertEquals(20001, replayed.json().getInt("code"));
    assertTrue(replayed.json().getString("msg").contains("X-OW-Nonce 已被使用"), replayed.body());

    Map<String, String> stale =
        new RequestSigner(appKey, appPrivateKey, Clock.systemUTC())
            .sign(
                new RequestParts("POST", path(busLine), null, body),
                Instant.now().minus(Duration.ofMinutes(10)).toEpochMilli(),
                UUID.randomUUID().toString())
            .headers();
    long asked = System.currentTimeMillis();
    HttpJson.Reply late = post(busLine, body, stale);
    assertEquals(401, late.status());
    assertEquals(20001, late.json().getInt("code"));
    java.util.regex.Matcher serverTime =
        java.util.regex.Pattern.compile("X-OW-Timestamp.*服务器时间 (\\d+) 毫秒")
            .matcher(late.json().getString("msg"));
    assertTrue(serverTime.find(), late.body());
    assertTrue(Math.abs(Long.parseLong(serverTime.group(1)) - asked) < 60_000, late.body());

    Sm2Keys.Pair stranger = Sm2Keys.generate();
    HttpJson.Reply unknown =
        post(busLine, body, signed("app-nosuchapp0000", stranger.privateKey(), busLine, body));
    assertEquals(401, unknown.status());
    assertEquals(10008, unknown.json().getInt("code"));
    assertTrue(unknown.json().getString("msg").contains("未登记公钥"), unknown.body());

    assertEquals(before + 1, upstream.calls("/bus/line"), "only the one good call went through");
  }

  @Test
  void anInterfaceTheAppIsNotBoundToOrThatIsOfflineIsNeverCalled() {
    long other = onlineInterface("/bus/line");
    int before = upstream.calls("/bus/line");
    byte[] body = form("北京", "110");
    HttpJson.Reply notBound = post(other, body, signed(appKey, appPrivateKey, other, body));
    assertEquals(403, notBound.status());
    assertEquals(10008, notBound.json().getInt("code"));

    HttpJson.Reply wrongMethod =
        send(
            HttpRequest.newBuilder(URI.create(Platform.BASE_URL + path(busLine)))
                .headers(
                    new RequestSigner(appKey, appPrivateKey, Clock.systemUTC())
                            .sign(new RequestParts("GET", path(busLine), null, new byte[0]))
                            .headers()
                            .entrySet()
                            .stream()
                            .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                            .toArray(String[]::new))
                .GET()
                .build());
    assertEquals(405, wrongMethod.status());
    assertEquals(20002, wrongMethod.json().getInt("code"));

    long offline = offlineLine;
    assertEquals(200, post(offline, body, signed(appKey, appPrivateKey, offline, body)).status());
    transition(offline, reviewer, "offline");
    HttpJson.Reply refused = post(offline, body, signed(appKey, appPrivateKey, offline, body));
    assertEquals(403, refused.status());
    assertEquals(20001, refused.json().getInt("code"));
    assertEquals(before + 1, upstream.calls("/bus/line"));
  }

  @Test
  void aFailingUpstreamOpensItsCircuitAndIsLeftAlone() {
    byte[] body = form("北京", "1");
    for (int i = 0; i < 10; i++) {
      HttpJson.Reply failed = post(broken, body, signed(appKey, appPrivateKey, broken, body));
      assertEquals(502, failed.status(), failed.body());
      assertEquals(30013, failed.json().getInt("code"));
    }
    HttpJson.Reply open = post(broken, body, signed(appKey, appPrivateKey, broken, body));
    assertEquals(503, open.status(), open.body());
    assertEquals(10019, open.json().getInt("code"));
    assertEquals(10, upstream.calls("/broken"));
    // Another interface's circuit is its own.
    assertEquals(200, signedPost(busLine, form("北京", "110")).status());
    // 000 8.2.3 c: the opening raised an alarm on the bound app (asynchronously: wait for it).
    assertTrue(circuitAlarmRaised(broken), "no 接口熔断 alarm on app " + appId);
  }

  @Test
  void aCircuitThatClosesAgainClearsItsAlarm() {
    byte[] body = form("北京", "110");
    upstream.failing(true);
    try {
      for (int i = 0; i < 10; i++) {
        assertEquals(502, post(flaky, body, signed(appKey, appPrivateKey, flaky, body)).status());
      }
      assertEquals(503, post(flaky, body, signed(appKey, appPrivateKey, flaky, body)).status());
      assertTrue(circuitAlarmRaised(flaky), "no 接口熔断 alarm on app " + appId);
    } finally {
      upstream.failing(false);
    }
    // The interface answers again: once the circuit lets its trial call through (after
    // CircuitBreakers.OPEN_SECONDS), that call succeeds and closes it (003 6.2.4 b).
    assertTrue(
        eventually(
            () -> post(flaky, body, signed(appKey, appPrivateKey, flaky, body)).status() == 200),
        "the circuit never closed");
    // 000 8.2.3 c: the closing clears the alarm, archived as recovered, not deleted.
    assertTrue(
        eventually(
            () ->
                circuitAlarm(flaky)
                    .filter(n -> !n.getBoolean("open"))
                    .filter(n -> n.getString("outcome", "").startsWith("自动恢复"))
                    .isPresent()),
        "the 接口熔断 alarm was not cleared: " + circuitAlarm(flaky));
  }

  /** Whether the app has the platform's open circuit alarm for the interface, within ~30 s. */
  private static boolean circuitAlarmRaised(long interfaceId) {
    return eventually(
        () -> circuitAlarm(interfaceId).filter(n -> n.getBoolean("open")).isPresent());
  }

  /** The platform's 接口熔断 alarm note on the app for the interface, if there is one. */
  private static Optional<JsonObject> circuitAlarm(long interfaceId) {
    return HttpJson.get(API + "/apps/" + appId + "/notes", system)
        .json()
        .getJsonArray("data")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(n -> "ALARM".equals(n.getString("kind")))
        .filter(n -> "system:inspection".equals(n.getString("writtenBy")))
        .filter(n -> n.getString("text").contains("【接口熔断】接口 #" + interfaceId + " "))
        .findFirst();
  }

  /**
   * Whether {@code condition} holds within ~30 s, for what the platform does asynchronously (an
   * alarm written after the call) or after its own delay (a circuit's open time).
   */
  private static boolean eventually(BooleanSupplier condition) {
    return Poll.eventually(Duration.ofSeconds(30), condition);
  }

  @Test
  void anAppOverItsLimitIsToldToComeBackLater() {
    String admin = administrators.platformAdmin().consoleToken();
    HttpJson.Reply limited =
        HttpJson.putJson(API + "/apps/" + appId + "/rate-limit", admin, "{\"callsPerSecond\":1}");
    assertEquals(200, limited.status(), limited.body());
    try {
      Map<Integer, Integer> statuses = new HashMap<>();
      for (int i = 0; i < 5; i++) {
        statuses.merge(signedPost(busLine, form("北京", "110")).status(), 1, Integer::sum);
      }
      assertTrue(statuses.getOrDefault(429, 0) >= 1, statuses.toString());
    } finally {
      HttpJson.putJson(API + "/apps/" + appId + "/rate-limit", admin, "{\"callsPerSecond\":50}");
    }
  }

  /** A second app of the unit, bound to the bus line and online, with the secrets it was issued. */
  private record Issued(long id, String key, Sm2PrivateKey privateKey, String sm4KeyHex) {}

  private static Issued anotherBoundApp() {
    JsonObject issued = setup.applyForApp("http://localhost:18091/rekey");
    long id = issued.getJsonObject("app").getJsonNumber("id").longValue();
    bind(id, busLine);
    setup.takeOnline(id);
    return new Issued(
        id,
        issued.getJsonObject("app").getString("appKey"),
        Sm2PrivateKey.fromPem(issued.getString("sm2PrivateKeyPem")),
        issued.getString("sm4KeyHex"));
  }

  private static HttpJson.Reply reissue(long app, String token, String json) {
    return HttpJson.postJson(API + "/apps/" + app + "/credentials", token, json);
  }

  private static boolean absent(JsonObject object, String name) {
    return !object.containsKey(name) || object.isNull(name);
  }

  /** The app's realm client's attributes, read through Keycloak's Admin API. */
  private static JsonObject realmAttributes(String appKey) {
    HttpJson.Reply found = new KeycloakAdmin().get("/clients?clientId=" + appKey);
    assertEquals(200, found.status(), found.body());
    return jakarta.json.Json.createReader(new java.io.StringReader(found.body()))
        .readArray()
        .getJsonObject(0)
        .getJsonObject("attributes");
  }

  /**
   * 000 9.3 生成key、secret, 003 6.3.2.3: re-issuing the SM2 pair refuses the old key at once (401,
   * 20001, never forwarded) and lets the new one through; a public key the unit gives replaces it
   * in turn, together with a new SM4 key, in the gateway and in the app's realm client alike.
   */
  @Test
  void aReissuedKeyReplacesTheOldOneAtOnceAndTheOldOneIsNeverForwarded() {
    Issued app = anotherBoundApp();
    byte[] body = form("北京", "110");
    assertEquals(
        200, post(busLine, body, signed(app.key(), app.privateKey(), busLine, body)).status());

    HttpJson.Reply nothing = reissue(app.id(), system, "{}");
    assertEquals(400, nothing.status(), nothing.body());
    assertEquals(20003, nothing.json().getInt("code"));
    HttpJson.Reply notAKey =
        reissue(
            app.id(),
            system,
            "{\"sm2PublicKey\":\"-----BEGIN PUBLIC KEY-----\\nAAAA\\n-----END PUBLIC KEY-----\"}");
    assertEquals(400, notAKey.status(), notAKey.body());
    assertEquals(20000, notAKey.json().getInt("code"));
    HttpJson.Reply byReviewer = reissue(app.id(), reviewer, "{\"sm2Key\":true}");
    assertEquals(403, byReviewer.status(), byReviewer.body());
    assertEquals(10008, byReviewer.json().getInt("code"));
    // A developer of another unit: that unit's app does not exist for it.
    String otherUnitsName = "网关他单位-" + UUID.randomUUID();
    AppCentreSetup.registerUnit(system, otherUnitsName);
    String otherUnitsDeveloper = administrators.developerOf(otherUnitsName).consoleToken();
    HttpJson.Reply otherUnit = reissue(app.id(), otherUnitsDeveloper, "{\"sm2Key\":true}");
    assertEquals(404, otherUnit.status(), otherUnit.body());
    assertEquals(20404, otherUnit.json().getInt("code"));
    assertEquals(
        200,
        post(busLine, body, signed(app.key(), app.privateKey(), busLine, body)).status(),
        "refused re-issues change nothing");

    HttpJson.Reply generated = reissue(app.id(), system, "{\"sm2Key\":true}");
    assertEquals(200, generated.status(), generated.body());
    JsonObject renewed = generated.json().getJsonObject("data");
    assertTrue(absent(renewed, "sm4KeyHex"), "only the SM2 pair was re-issued");
    Sm2PrivateKey newKey = Sm2PrivateKey.fromPem(renewed.getString("sm2PrivateKeyPem"));
    String newPublic = renewed.getJsonObject("app").getString("sm2PublicKey");
    assertEquals(app.key(), renewed.getJsonObject("app").getString("appKey"), "the app key stays");

    int before = upstream.calls("/bus/line");
    HttpJson.Reply old = post(busLine, body, signed(app.key(), app.privateKey(), busLine, body));
    assertEquals(401, old.status(), old.body());
    assertEquals(20001, old.json().getInt("code"));
    assertEquals(
        before, upstream.calls("/bus/line"), "a call signed with the old key is not forwarded");
    assertEquals(200, post(busLine, body, signed(app.key(), newKey, busLine, body)).status());
    assertEquals(before + 1, upstream.calls("/bus/line"));
    assertEquals(newPublic, realmAttributes(app.key()).getString("onewindow.app.sm2-public-key"));

    String sm4RefBefore = realmAttributes(app.key()).getString("onewindow.app.sm4-key-ref");
    Sm2Keys.Pair own = Sm2Keys.generate();
    String ownPem = own.publicKey().toPem();
    HttpJson.Reply supplied =
        reissue(
            app.id(),
            system,
            jakarta.json.Json.createObjectBuilder()
                .add("sm4Key", true)
                .add("sm2PublicKey", ownPem)
                .build()
                .toString());
    assertEquals(200, supplied.status(), supplied.body());
    JsonObject ownKeys = supplied.json().getJsonObject("data");
    assertTrue(absent(ownKeys, "sm2PrivateKeyPem"), "the unit keeps its own private key");
    assertEquals(32, ownKeys.getString("sm4KeyHex").length());
    assertFalse(ownKeys.getString("sm4KeyHex").equals(app.sm4KeyHex()), "a new SM4 key");
    HttpJson.Reply again =
        reissue(
            app.id(),
            system,
            jakarta.json.Json.createObjectBuilder().add("sm2PublicKey", ownPem).build().toString());
    assertEquals(400, again.status(), "the key the app has is no new key: " + again.body());

    before = upstream.calls("/bus/line");
    HttpJson.Reply generatedKey = post(busLine, body, signed(app.key(), newKey, busLine, body));
    assertEquals(401, generatedKey.status(), generatedKey.body());
    assertEquals(20001, generatedKey.json().getInt("code"));
    assertEquals(before, upstream.calls("/bus/line"));
    assertEquals(
        200, post(busLine, body, signed(app.key(), own.privateKey(), busLine, body)).status());
    JsonObject realm = realmAttributes(app.key());
    assertEquals(ownPem, realm.getString("onewindow.app.sm2-public-key"));
    assertFalse(sm4RefBefore.equals(realm.getString("onewindow.app.sm4-key-ref")));
  }

  /**
   * Issue 14; 000 9.3 服务应用功能测试: a draft app is refused (403, 10008) and never forwarded until its
   * unit switches the audited test mode on; then it calls its own unit's interface at {@value
   * #TEST_CALLS_PER_MINUTE} calls a minute (beyond: 429, 10019), counted as test traffic apart from
   * the live figures; switched off, or once submitted, it is refused again.
   */
  @Test
  void aDraftAppCallsOnlyInItsTestModeAtATestRateCountedAsTestTraffic() {
    long tested = onlineInterface("/bus/line");
    JsonObject issued = setup.applyForApp("http://localhost:18091/test-mode");
    long draft = issued.getJsonObject("app").getJsonNumber("id").longValue();
    String key = issued.getJsonObject("app").getString("appKey");
    Sm2PrivateKey privateKey = Sm2PrivateKey.fromPem(issued.getString("sm2PrivateKeyPem"));
    bind(draft, tested);
    byte[] body = form("北京", "110");
    int before = upstream.calls("/bus/line");

    HttpJson.Reply refused = post(tested, body, signed(key, privateKey, tested, body));
    assertEquals(403, refused.status(), refused.body());
    assertEquals(10008, refused.json().getInt("code"));
    assertEquals(before, upstream.calls("/bus/line"), "a draft app's call is never forwarded");

    AppCentreSetup.testMode(draft, system);
    assertFalse(
        HttpJson.get(API + "/apps/" + draft, system)
            .json()
            .getJsonObject("data")
            .isNull("testModeUntil"));
    for (int i = 0; i < TEST_CALLS_PER_MINUTE; i++) {
      HttpJson.Reply allowed = post(tested, body, signed(key, privateKey, tested, body));
      assertEquals(200, allowed.status(), "call " + i + ": " + allowed.body());
    }
    int testCalls = TEST_CALLS_PER_MINUTE;
    HttpJson.Reply overTheTestRate = null;
    // The bucket refills one call in six seconds: a refusal comes within a few calls.
    for (int i = 0; i < 20 && overTheTestRate == null; i++) {
      HttpJson.Reply reply = post(tested, body, signed(key, privateKey, tested, body));
      testCalls++;
      if (reply.status() != 200) {
        overTheTestRate = reply;
      }
    }
    assertTrue(overTheTestRate != null, "no call over the test rate was refused");
    assertEquals(429, overTheTestRate.status(), overTheTestRate.body());
    assertEquals(10019, overTheTestRate.json().getInt("code"));
    assertEquals(before + testCalls - 1, upstream.calls("/bus/line"));

    HttpJson.Reply usage = HttpJson.get(API + "/interfaces/" + tested + "/usage?days=1", system);
    assertEquals(200, usage.status(), usage.body());
    JsonObject today = usage.json().getJsonArray("data").getJsonObject(0);
    assertEquals(testCalls, today.getJsonNumber("testRequests").longValue(), usage.body());
    assertEquals(1, today.getJsonNumber("requests").longValue(), "the refused draft call only");
    assertEquals(0, today.getJsonNumber("successes").longValue(), usage.body());

    HttpJson.Reply off = HttpJson.delete(API + "/apps/" + draft + "/test-mode", system);
    assertEquals(200, off.status(), off.body());
    int afterTest = upstream.calls("/bus/line");
    HttpJson.Reply switchedOff = post(tested, body, signed(key, privateKey, tested, body));
    assertEquals(403, switchedOff.status(), switchedOff.body());
    assertEquals(10008, switchedOff.json().getInt("code"));

    AppCentreSetup.testMode(draft, system);
    HttpJson.Reply note =
        HttpJson.postJson(
            API + "/apps/" + draft + "/notes",
            system,
            "{\"kind\":\"functional-test\",\"text\":\"接口调用正常\"}");
    assertEquals(201, note.status(), note.body());
    AppCentreSetup.transition("/apps/", draft, system, "submit");
    HttpJson.Reply submitted = post(tested, body, signed(key, privateKey, tested, body));
    assertEquals(403, submitted.status(), "submitting ends the test mode: " + submitted.body());
    HttpJson.Reply again =
        HttpJson.putJson(API + "/apps/" + draft + "/test-mode", system, "{\"hours\":1}");
    assertEquals(409, again.status(), again.body());
    assertEquals(afterTest, upstream.calls("/bus/line"));
  }

  @Test
  void callsAreCountedForTheConsoleAndForPrometheus() {
    assertEquals(200, signedPost(busLine, form("北京", "110")).status());
    JsonObject statistics =
        HttpJson.get(API + "/interfaces/" + busLine + "/gateway", system)
            .json()
            .getJsonObject("data")
            .getJsonObject("statistics");
    assertTrue(statistics.getJsonNumber("requests").longValue() >= 1, statistics.toString());
    assertTrue(statistics.getJsonNumber("successes").longValue() >= 1, statistics.toString());
    HttpJson.Reply metrics = HttpJson.get(Platform.BASE_URL + "/gateway/metrics", null);
    assertEquals(200, metrics.status());
    // Each metric names the node that counted it (issue 17 item 5).
    assertTrue(
        java.util.regex.Pattern.compile(
                "onewindow_gateway_requests_total\\{interface=\""
                    + busLine
                    + "\",node=\"[^\"]+\",outcome=\"success\"\\}")
            .matcher(metrics.body())
            .find(),
        metrics.body());
    assertFalse(metrics.body().contains("张三丰"));
  }

  @Test
  void usageIsKeptPerDayInTheDatabaseForTheConsole() {
    for (int i = 0; i < 3; i++) {
      assertEquals(200, signedPost(counted, form("北京", "110")).status());
    }
    HttpJson.Reply usage = HttpJson.get(API + "/interfaces/" + counted + "/usage?days=7", system);
    assertEquals(200, usage.status(), usage.body());
    var days = usage.json().getJsonArray("data");
    assertEquals(1, days.size(), usage.body());
    JsonObject today = days.getJsonObject(0);
    assertEquals(
        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString(),
        today.getString("day"));
    assertEquals(3, today.getJsonNumber("requests").longValue(), usage.body());
    assertEquals(3, today.getJsonNumber("successes").longValue(), usage.body());
    assertEquals(0, today.getJsonNumber("failures").longValue(), usage.body());
    assertTrue(today.getJsonNumber("maxMillis").doubleValue() > 0, usage.body());

    HttpJson.Reply tooLong =
        HttpJson.get(API + "/interfaces/" + counted + "/usage?days=5000", system);
    assertEquals(400, tooLong.status(), tooLong.body());
  }

  /** Issue 14, failure 6: paths are case sensitive, and a wrong one is answered in the envelope. */
  @Test
  void aMisCasedPathGetsA404EnvelopeNotAnHtmlPage() {
    for (String path :
        new String[] {
          "/gateway/V1/interfaces/" + busLine,
          "/gateway/v1/Interfaces/" + busLine,
          "/gateway/v2/interfaces/" + busLine,
          "/gateway/"
        }) {
      HttpJson.Reply reply = HttpJson.get(Platform.BASE_URL + path, null);
      assertEquals(404, reply.status(), path + ": " + reply.body());
      assertEquals(20404, reply.json().getInt("code"), reply.body());
      assertTrue(reply.json().isNull("data"), reply.body());
      assertTrue(reply.json().getString("msg").startsWith("接口不存在"), reply.body());
    }
    HttpJson.Reply english =
        HttpJson.call(
            "POST",
            Platform.BASE_URL + "/gateway/V1/interfaces/" + busLine,
            null,
            "{}",
            "Accept-Language",
            "en-US,en;q=0.9");
    assertEquals(404, english.status(), english.body());
    assertTrue(english.json().getString("msg").startsWith("No such interface"), english.body());
  }

  /** Issue 14, failure 6: a method the gateway does not serve is 405 20002, in the envelope. */
  @Test
  void aWrongMethodGetsA405Envelope() {
    for (String method : new String[] {"PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"}) {
      HttpJson.Reply reply =
          HttpJson.call(
              method, Platform.BASE_URL + "/gateway/v1/interfaces/" + busLine, null, "{}");
      assertEquals(405, reply.status(), method + ": " + reply.body());
      if (!method.equals("HEAD")) { // a HEAD answer has no body
        assertEquals(20002, reply.json().getInt("code"), reply.body());
        assertTrue(reply.json().isNull("data"), reply.body());
      }
    }
  }
}
