package org.onewindow.it.appcenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.crypto.signing.RequestParts;
import org.onewindow.crypto.signing.RequestSigner;
import org.onewindow.crypto.sm2.Sm2PrivateKey;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.AppCentreSetup;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.onewindow.it.support.SampleUpstream;

/**
 * Binding across access units (issue 14; 000 8.2.2 服务应用与接口绑定): a unit's developer binds its apps
 * only to its own unit's interfaces and to those another unit granted it; another unit's interface
 * does not exist for it (404, whatever its state) and is never listed. A grant, made and revoked by
 * the owning unit or a platform reviewer, opens and closes the gateway to the grantee's bound apps;
 * the upstream is never called without it.
 */
@PlatformIT
class CrossUnitBindingIT {

  private static final String API = AppCentreSetup.API;

  @RegisterExtension static final Administrators administrators = new Administrators();

  private static SampleUpstream upstream;
  private static AppCentreSetup other;

  /** The developer's unit: the class's own, not a demo unit. */
  private static AppCentreSetup mine;

  private static String developer;
  private static long developersUnit;
  private static long foreignOnline;
  private static long foreignDraft;
  private static long app;
  private static String appKey;
  private static Sm2PrivateKey appPrivateKey;

  @BeforeAll
  static void anotherUnitsInterfacesAndTheDevelopersDraftApp() {
    upstream = new SampleUpstream();
    other = new AppCentreSetup(administrators, "他单位");
    mine = new AppCentreSetup(administrators, "本单位");
    foreignOnline = other.onlineInterface(SampleUpstream.url("/bus/line"));
    foreignDraft = other.draftInterface(SampleUpstream.url("/bus/line"));
    developer = mine.developer().consoleToken();
    developersUnit =
        HttpJson.get(API + "/access-units", other.system).json().getJsonArray("data").stream()
            .map(JsonValue::asJsonObject)
            .filter(u -> mine.unitName.equals(u.getString("name")))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    HttpJson.Reply applied =
        HttpJson.postJson(
            API + "/apps",
            developer,
            "{\"unitId\":"
                + developersUnit
                + ",\"name\":\"跨单位测试-"
                + UUID.randomUUID().toString().substring(0, 8)
                + "\",\"description\":\"\",\"pageUrl\":\"http://localhost:18093/cross\"}");
    assertEquals(201, applied.status(), applied.body());
    JsonObject issued = applied.json().getJsonObject("data");
    app = issued.getJsonObject("app").getJsonNumber("id").longValue();
    appKey = issued.getJsonObject("app").getString("appKey");
    appPrivateKey = Sm2PrivateKey.fromPem(issued.getString("sm2PrivateKeyPem"));
  }

  @AfterAll
  static void stop() {
    upstream.close();
  }

  private static HttpJson.Reply bind(String token, long interfaceId) {
    return HttpJson.postJson(
        API + "/apps/" + app + "/bindings", token, "{\"interfaceId\":" + interfaceId + "}");
  }

  private static boolean listed(long interfaceId) {
    HttpJson.Reply bindings = HttpJson.get(API + "/apps/" + app + "/bindings", developer);
    assertEquals(200, bindings.status(), bindings.body());
    return bindings.json().getJsonArray("data").stream()
        .anyMatch(v -> v.toString().equals(Long.toString(interfaceId)));
  }

  /** The app's signed gateway call to the interface. */
  private static HttpJson.Reply call(long interfaceId) {
    String path = "/gateway/v1/interfaces/" + interfaceId;
    byte[] body = "city=%E5%8C%97%E4%BA%AC&q=110".getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers =
        new RequestSigner(appKey, appPrivateKey, Clock.systemUTC())
            .sign(new RequestParts("POST", path, null, body))
            .headers();
    return HttpJson.post(
        Platform.BASE_URL + path, headers, "application/x-www-form-urlencoded", body);
  }

  private static void assertNotFound(HttpJson.Reply reply, long interfaceId) {
    assertEquals(404, reply.status(), reply.body());
    assertEquals(20404, reply.json().getInt("code"));
    assertEquals("接口不存在：" + interfaceId, reply.json().getString("msg"));
  }

  @Test
  void anotherUnitsInterfaceDoesNotExistForADeveloperWhateverItsState() {
    assertNotFound(bind(developer, foreignOnline), foreignOnline);
    // Before issue 14: 409 「该接口为「草稿」」, which told the id existed.
    assertNotFound(bind(developer, foreignDraft), foreignDraft);
    assertNotFound(bind(developer, 987_654_321L), 987_654_321L);
    assertFalse(listed(foreignOnline));
    assertNotFound(
        HttpJson.get(API + "/interfaces/" + foreignOnline + "/grants", developer), foreignOnline);
    assertNotFound(
        HttpJson.postJson(
            API + "/interfaces/" + foreignOnline + "/grants",
            developer,
            "{\"accessUnitId\":" + developersUnit + "}"),
        foreignOnline);

    // A platform-wide caller sees the interface, and is refused it without a grant.
    HttpJson.Reply bySystem = bind(other.system, foreignOnline);
    assertEquals(403, bySystem.status(), bySystem.body());
    assertEquals(20001, bySystem.json().getInt("code"));
    assertFalse(listed(foreignOnline));

    // In test mode, the app still calls nothing of another unit's.
    AppCentreSetup.testMode(app, developer);
    int before = upstream.calls("/bus/line");
    HttpJson.Reply called = call(foreignOnline);
    assertEquals(403, called.status(), called.body());
    assertEquals(10008, called.json().getInt("code"));
    assertEquals(before, upstream.calls("/bus/line"));
  }

  @Test
  void aGrantLetsAnotherUnitsAppBindAndCallUntilItIsRevoked() {
    long shared = other.onlineInterface(SampleUpstream.url("/bus/line"));
    HttpJson.Reply granted =
        HttpJson.postJson(
            API + "/interfaces/" + shared + "/grants",
            other.reviewer(),
            "{\"accessUnitId\":" + developersUnit + "}");
    assertEquals(201, granted.status(), granted.body());
    JsonObject grant = granted.json().getJsonObject("data");
    assertTrue(grant.getBoolean("active"));
    assertEquals(mine.unitName, grant.getString("accessUnitName"));
    long grantId = grant.getJsonNumber("id").longValue();
    HttpJson.Reply twice =
        HttpJson.postJson(
            API + "/interfaces/" + shared + "/grants",
            other.reviewer(),
            "{\"accessUnitId\":" + developersUnit + "}");
    assertEquals(409, twice.status(), twice.body());

    HttpJson.Reply bound = bind(developer, shared);
    assertEquals(201, bound.status(), bound.body());
    assertTrue(listed(shared));
    AppCentreSetup.testMode(app, developer);
    int before = upstream.calls("/bus/line");
    HttpJson.Reply allowed = call(shared);
    assertEquals(200, allowed.status(), allowed.body());
    assertEquals(before + 1, upstream.calls("/bus/line"));

    HttpJson.Reply revoked =
        HttpJson.delete(API + "/interfaces/" + shared + "/grants/" + grantId, other.system);
    assertEquals(200, revoked.status(), revoked.body());
    assertFalse(revoked.json().getJsonObject("data").getBoolean("active"));

    HttpJson.Reply refused = call(shared);
    assertEquals(403, refused.status(), refused.body());
    assertEquals(10008, refused.json().getInt("code"));
    assertEquals(before + 1, upstream.calls("/bus/line"), "never forwarded once revoked");
    assertFalse(listed(shared), "the binding stays on record, hidden and refused");
    HttpJson.Reply again =
        HttpJson.delete(API + "/interfaces/" + shared + "/grants/" + grantId, other.system);
    assertEquals(409, again.status(), again.body());
    HttpJson.Reply history = HttpJson.get(API + "/interfaces/" + shared + "/grants", other.system);
    assertEquals(1, history.json().getJsonArray("data").size(), history.body());
  }

  @Test
  void theOwningUnitsDeveloperGrantsAndRevokesItsOwnInterface() {
    String body =
        AppCentreSetup.busLine(
            developersUnit, "授权测试-" + UUID.randomUUID().toString().substring(0, 8), "110000");
    HttpJson.Reply registered = HttpJson.postJson(API + "/interfaces", developer, body);
    assertEquals(201, registered.status(), registered.body());
    long own = registered.json().getJsonObject("data").getJsonNumber("id").longValue();
    String grants = API + "/interfaces/" + own + "/grants";

    HttpJson.Reply toItself =
        HttpJson.postJson(grants, developer, "{\"accessUnitId\":" + developersUnit + "}");
    assertEquals(400, toItself.status(), toItself.body());
    assertEquals(20000, toItself.json().getInt("code"));
    HttpJson.Reply noUnit = HttpJson.postJson(grants, developer, "{}");
    assertEquals(400, noUnit.status(), noUnit.body());
    assertEquals(20003, noUnit.json().getInt("code"));
    HttpJson.Reply unknownUnit =
        HttpJson.postJson(grants, developer, "{\"accessUnitId\":987654321}");
    assertEquals(400, unknownUnit.status(), unknownUnit.body());

    HttpJson.Reply granted =
        HttpJson.postJson(grants, developer, "{\"accessUnitId\":" + other.unitId + "}");
    assertEquals(201, granted.status(), granted.body());
    long grantId = granted.json().getJsonObject("data").getJsonNumber("id").longValue();
    assertEquals(1, HttpJson.get(grants, developer).json().getJsonArray("data").size());

    assertEquals(404, HttpJson.delete(grants + "/987654321", developer).status());
    HttpJson.Reply revoked = HttpJson.delete(grants + "/" + grantId, developer);
    assertEquals(200, revoked.status(), revoked.body());
    JsonObject grant = revoked.json().getJsonObject("data");
    assertFalse(grant.getBoolean("active"));
    assertFalse(grant.isNull("revokedAt"));
  }
}
