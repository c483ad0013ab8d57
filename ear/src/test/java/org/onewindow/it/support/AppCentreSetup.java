package org.onewindow.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.UUID;

/**
 * The application centre's setup: what a test sets up through the API as an access unit and a
 * reviewer would — a unit of its own (so no test sees or counts another's records, and none leans
 * on a demo unit), the unit's developer and a platform reviewer of its own ({@link
 * Administrators}), interfaces at the tests' sample upstream taken online, apps applied for, bound
 * and published. Made once per test class.
 */
public final class AppCentreSetup {

  public static final String API = Platform.BASE_URL + "/api/v1";

  /** The API's system account: registers and submits, as an access unit's backend would. */
  public final String system = ServiceTokens.api();

  public final long unitId;

  /** The unit's name, which its developer's {@code access_unit} claim carries. */
  public final String unitName;

  private final Administrators administrators;
  private final String prefix;
  private String reviewer;
  private Administrator developer;

  /** A new access unit named {@code prefix}单位-…; {@code prefix} also names what it registers. */
  public AppCentreSetup(Administrators administrators, String prefix) {
    this.administrators = administrators;
    this.prefix = prefix;
    this.unitName = prefix + "单位-" + UUID.randomUUID();
    this.unitId = registerUnit(system, unitName);
  }

  /** Registers an access unit named {@code name} (division 110000) as {@code token}; its id. */
  public static long registerUnit(String token, String name) {
    HttpJson.Reply unit =
        HttpJson.postJson(
            API + "/access-units",
            token,
            "{\"name\":\"" + name + "\",\"divisionCode\":\"110000\"}");
    assertEquals(201, unit.status(), unit.body());
    return unit.json().getJsonObject("data").getJsonNumber("id").longValue();
  }

  /**
   * A platform reviewer's token (password and OTP, one sign-in of a reviewer of this class's own,
   * made on first use): approves, puts online, publishes.
   */
  public synchronized String reviewer() {
    if (reviewer == null) {
      reviewer = administrators.reviewer().consoleToken();
    }
    return reviewer;
  }

  /** The unit's developer (its {@code accessUnit} is this unit), made on first use. */
  public synchronized Administrator developer() {
    if (developer == null) {
      developer = administrators.developerOf(unitName);
    }
    return developer;
  }

  /** The 图4 bus-line interface at {@code address} (http), submitted, approved and online. */
  public long onlineInterface(String address) {
    long id = draftInterface(address);
    transition("/interfaces/", id, system, "submit");
    transition("/interfaces/", id, reviewer(), "approve");
    transition("/interfaces/", id, reviewer(), "online");
    return id;
  }

  /** The 图4 bus-line interface at {@code address} (http), registered as a draft. */
  public long draftInterface(String address) {
    String body =
        busLine(unitId, prefix + "-" + shortId(), "110000")
            .replace("https://bus.example.gov.cn/bus/line", address)
            .replace("\"protocol\":\"https\"", "\"protocol\":\"http\"");
    HttpJson.Reply created = HttpJson.postJson(API + "/interfaces", system, body);
    assertEquals(201, created.status(), created.body());
    return created.json().getJsonObject("data").getJsonNumber("id").longValue();
  }

  /**
   * Takes a draft app online as its unit and a reviewer would (000 9.3): a functional test record,
   * submitted, approved and published to the national hall as 公交出行. Only an online app calls the
   * gateway outside test mode (issue 14), and an online app's bindings no longer change: bind
   * first.
   */
  public void takeOnline(long app) {
    takeOnline(app, "公交出行");
  }

  /** The same, published in the national hall under {@code displayName}. */
  public void takeOnline(long app, String displayName) {
    HttpJson.Reply note =
        HttpJson.postJson(
            API + "/apps/" + app + "/notes",
            system,
            "{\"kind\":\"functional-test\",\"text\":\"页面与接口调用均正常\"}");
    assertEquals(201, note.status(), note.body());
    transition("/apps/", app, system, "submit");
    transition("/apps/", app, reviewer(), "approve");
    HttpJson.Reply published =
        HttpJson.postJson(
            API + "/apps/" + app + "/publications",
            reviewer(),
            "{\"hallIds\":["
                + hall("national")
                + "],\"displayName\":\""
                + displayName
                + "\",\"sortOrder\":1}");
    assertEquals(200, published.status(), published.body());
  }

  /** The id of the hall with {@code code} (the halls are reference data, seeded on every start). */
  public long hall(String code) {
    return HttpJson.get(API + "/halls", system).json().getJsonArray("data").stream()
        .map(JsonValue::asJsonObject)
        .filter(h -> h.getString("code").equals(code))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  /** Switches the gateway's test mode on for the draft app, for an hour, as {@code token}. */
  public static void testMode(long app, String token) {
    HttpJson.Reply on =
        HttpJson.putJson(API + "/apps/" + app + "/test-mode", token, "{\"hours\":1}");
    assertEquals(200, on.status(), on.body());
  }

  /** A new app of the unit: the API's answer, with its key and secrets shown this once. */
  public JsonObject applyForApp(String pageUrl) {
    HttpJson.Reply app =
        HttpJson.postJson(
            API + "/apps",
            system,
            "{\"unitId\":"
                + unitId
                + ",\"name\":\""
                + prefix
                + "应用-"
                + shortId()
                + "\",\"description\":\"公交出行\",\"pageUrl\":\""
                + pageUrl
                + "\"}");
    assertEquals(201, app.status(), app.body());
    return app.json().getJsonObject("data");
  }

  public void bind(long app, long interfaceId) {
    HttpJson.Reply bound =
        HttpJson.postJson(
            API + "/apps/" + app + "/bindings", system, "{\"interfaceId\":" + interfaceId + "}");
    assertEquals(201, bound.status(), bound.body());
  }

  /** A review action on {@code /interfaces/} or {@code /apps/} {@code id}; it must go through. */
  public static void transition(String kind, long id, String token, String action) {
    HttpJson.Reply reply =
        HttpJson.postJson(
            API + kind + id + "/transitions",
            token,
            "{\"action\":\"" + action + "\",\"reason\":\"测试\"}");
    assertEquals(200, reply.status(), action + ": " + reply.body());
  }

  /** 图4's 全国线路查询 with a name of its own, as the API takes it. */
  public static String busLine(long unit, String name, String divisionCode) {
    return """
        {"unitId":%d,"serviceName":"全国公交查询","name":"%s",
         "address":"https://bus.example.gov.cn/bus/line","method":"post","protocol":"https",
         "returnFormat":"JSON","remark":"示例接口","divisionCode":"%s","channel":"all",
         "requestParameters":[
           {"name":"city","required":true,"type":"string","description":"需要查询的城市,如：北京，上海"},
           {"name":"q","required":true,"type":"string","description":"待查询的线路，如：110，快线1号"}],
         "responseParameters":[
           {"name":"result_code","required":true,"type":"string","description":"结果状态码"},
           {"name":"date","required":true,"type":"string","description":"当前操作日期 YYYY-MM-DD"}]}
        """
        .formatted(unit, name, divisionCode);
  }

  private static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
