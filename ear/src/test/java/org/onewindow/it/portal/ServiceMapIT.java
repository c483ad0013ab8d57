package org.onewindow.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.it.support.Administrator;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.Browser;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.onewindow.it.support.ServiceTokens;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The service map (000 8.1.2 i; issue 20 item 7): halls registered through the API, found by
 * division and matter and nearest first by great-circle distance without an account, and drawn by
 * the portal's page as an SVG schematic that fetches nothing from outside the platform. Its own
 * halls, in Chengdu's districts, tied together by a matter code no other test uses.
 */
@PlatformIT
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
class ServiceMapIT {

  private static final String API = Platform.BASE_URL + "/api/v1";
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String MATTER = "ITMAP" + RUN.toUpperCase(Locale.ROOT);

  /** The matter of the halls the other tests must not see (another unit's, the console's). */
  private static final String OTHER_MATTER = MATTER + "X";

  @RegisterExtension static final Administrators administrators = new Administrators();
  private static final String JINJIANG = "it-" + RUN + "-jinjiang";
  private static final String WUHOU = "it-" + RUN + "-wuhou";
  private static final String PIDU = "it-" + RUN + "-pidu";

  @BeforeAll
  static void registerHalls() {
    String system = ServiceTokens.api();
    register(system, JINJIANG, "锦江测试大厅", "510104", 30.657, 104.083);
    register(system, WUHOU, "武侯测试大厅<b>粗</b>", "510107", 30.642, 104.043);
    register(system, PIDU, "郫都测试大厅", "510117", 30.795, 103.901);
  }

  private static void register(
      String token, String code, String name, String division, double lat, double lng) {
    register(token, code, name, division, lat, lng, "地图测试单位");
  }

  private static void register(
      String token,
      String code,
      String name,
      String division,
      double lat,
      double lng,
      String unit) {
    String matter = unit.equals("地图测试单位") ? MATTER : OTHER_MATTER;
    HttpJson.Reply created =
        HttpJson.postJson(
            API + "/managed-service-halls",
            token,
            body(code, unit, name, division, lat, lng, matter));
    assertEquals(201, created.status(), created.body());
  }

  private static String body(
      String code, String unit, String name, String division, double lat, double lng) {
    return body(code, unit, name, division, lat, lng, MATTER);
  }

  /** A hall as the API takes it, handling {@code matter}. */
  private static String body(
      String code,
      String unit,
      String name,
      String division,
      double lat,
      double lng,
      String matter) {
    return "{\"code\":\""
        + code
        + "\",\"ownerUnit\":\""
        + unit
        + "\",\"name\":\""
        + name
        + "\",\"address\":\"四川省成都市测试路1号\",\"openingHours\":\"周一至周五 9:00-17:00\","
        + "\"phone\":\"028-12345\",\"latitude\":"
        + lat
        + ",\"longitude\":"
        + lng
        + ",\"divisionCode\":\""
        + division
        + "\",\"matters\":[{\"code\":\""
        + matter
        + "\",\"name\":\"地图测试事项\"}]}";
  }

  /** Haversine on the IUGG mean sphere, written again here so the test checks the service. */
  private static double metres(double lat1, double lng1, double lat2, double lng2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double a =
        Math.pow(Math.sin((p2 - p1) / 2), 2)
            + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lng2 - lng1) / 2), 2);
    return 2 * 6_371_008.8 * Math.asin(Math.sqrt(a));
  }

  @Test
  void theNearestHallsComeFirstWithTheirDistanceWithoutAnAccount() {
    HttpJson.Reply reply =
        HttpJson.get(
            API + "/service-halls/nearest?lat=30.650&lng=104.080&limit=3&matterCode=" + MATTER,
            null);
    assertEquals(200, reply.status(), reply.body());
    assertEquals(0, reply.json().getInt("code"));
    JsonArray data = reply.json().getJsonArray("data");
    List<String> codes =
        data.stream().map(v -> v.asJsonObject().getJsonObject("hall").getString("code")).toList();
    assertEquals(List.of(JINJIANG, WUHOU, PIDU), codes);
    long first = data.getJsonObject(0).getJsonNumber("distanceMetres").longValue();
    assertEquals(Math.round(metres(30.650, 104.080, 30.657, 104.083)), first, 1.0);
    long last = data.getJsonObject(2).getJsonNumber("distanceMetres").longValue();
    assertTrue(last > 20_000 && last < 25_000, "Pidu is about 22 km away: " + last);
    JsonObject hall = data.getJsonObject(0).getJsonObject("hall");
    assertEquals("锦江区", hall.getString("divisionName"));
    assertEquals("周一至周五 9:00-17:00", hall.getString("openingHours"));
    assertEquals(MATTER, hall.getJsonArray("matters").getJsonObject(0).getString("code"));

    JsonArray two =
        HttpJson.get(
                API + "/service-halls/nearest?lat=30.650&lng=104.080&limit=2&matterCode=" + MATTER,
                null)
            .json()
            .getJsonArray("data");
    assertEquals(2, two.size());
  }

  @Test
  void hallsAreFilteredByDivisionAndMatter() {
    JsonArray wuhou =
        HttpJson.get(API + "/service-halls?divisionCode=510107&matterCode=" + MATTER, null)
            .json()
            .getJsonArray("data");
    assertEquals(1, wuhou.size());
    assertEquals(WUHOU, wuhou.getJsonObject(0).getString("code"));
    // A city takes in its districts (GB/T 2260 prefixes).
    assertEquals(
        3,
        HttpJson.get(API + "/service-halls?divisionCode=510100&matterCode=" + MATTER, null)
            .json()
            .getJsonArray("data")
            .size());
    assertEquals(
        JINJIANG,
        HttpJson.get(API + "/service-halls/" + JINJIANG, null)
            .json()
            .getJsonObject("data")
            .getString("code"));
  }

  @Test
  void badPlacesAndLimitsAreRefusedInTheEnvelope() {
    for (String query :
        List.of(
            "lat=91&lng=104",
            "lat=30&lng=181",
            "lat=abc&lng=104",
            "lng=104",
            "lat=30&lng=104&limit=0")) {
      HttpJson.Reply reply = HttpJson.get(API + "/service-halls/nearest?" + query, null);
      assertEquals(400, reply.status(), query + ": " + reply.body());
      assertNotEquals(0, reply.json().getInt("code"), query);
      assertTrue(reply.json().isNull("data"), query);
    }
    HttpJson.Reply unknown = HttpJson.get(API + "/service-halls?divisionCode=999999", null);
    assertEquals(400, unknown.status(), unknown.body());
    // Writing needs an account.
    assertEquals(
        401, HttpJson.postJson(API + "/managed-service-halls", null, "{\"code\":\"x\"}").status());
  }

  @Test
  void theMapPageDrawsTheSchematicWithMarkersAndFetchesNothingFromOutside() {
    try (Browser browser = new Browser()) {
      browser.open(Platform.BASE_URL + "/portal/service-map.xhtml?area=510100&matter=" + MATTER);
      browser.find(By.id("map"));
      assertFalse(browser.isOnKeycloakLoginPage());
      // Chengdu's 20 districts and counties, each a cell around its seat.
      assertEquals(20, browser.findAll(By.cssSelector("#map polygon.ow-map-cell")).size());
      List<String> markers =
          browser.findAll(By.cssSelector("#map a.ow-map-marker")).stream()
              .map(e -> e.getAttribute("data-hall"))
              .toList();
      assertEquals(List.of(JINJIANG, PIDU, WUHOU), markers.stream().sorted().toList());
      // The SVG is rendered: markers have a size on screen.
      WebElement marker = browser.find(By.cssSelector("#map a.ow-map-marker circle"));
      assertTrue(marker.getRect().getWidth() > 0);
      // Markup in a hall's name is shown as text, never run.
      String list = browser.text(By.id("hallList"));
      assertTrue(list.contains("武侯测试大厅<b>粗</b>"), list);
      assertTrue(browser.findAll(By.cssSelector("#hallList b")).isEmpty());
      browser.screenshot("portal-service-map");

      browser.open(
          Platform.BASE_URL + "/portal/service-map.xhtml?lat=30.650&lng=104.080&matter=" + MATTER);
      browser.find(By.id("here"));
      // The area filter says which area the map shows: the nearest hall's.
      assertEquals("510100", browser.find(By.id("area")).getAttribute("value"));
      List<WebElement> halls = browser.findAll(By.cssSelector("#hallList li.ow-hall"));
      assertEquals(JINJIANG, halls.get(0).getAttribute("data-hall"));
      assertTrue(browser.text(By.cssSelector("#hallList .ow-distance")).endsWith(" m"));
      browser.screenshot("portal-service-map-nearest");

      // Nothing the page loaded came from another host: every resource is the platform's own.
      @SuppressWarnings("unchecked")
      List<String> loaded =
          (List<String>)
              browser.run(
                  "return [location.href].concat(performance.getEntriesByType('resource')"
                      + ".map(function (e) { return e.name; }));");
      assertFalse(loaded.isEmpty());
      for (String url : loaded) {
        assertTrue(
            url.startsWith(Platform.BASE_URL + "/") || url.startsWith("data:"),
            "loaded from outside: " + url);
      }
      assertEquals(List.of(), browser.contentSecurityPolicyViolations());

      // A bad place is said plainly, on the page.
      browser.open(Platform.BASE_URL + "/portal/service-map.xhtml?lat=95&lng=104");
      assertTrue(browser.text(By.id("error")).contains("纬度"));
    }
  }

  /**
   * 000 8.2.4 (units manage their own): an access unit's developer rewrites its unit's hall and
   * registers one in the console; another unit's hall does not exist for it, and it cannot register
   * one in another unit's name.
   */
  @Test
  void aUnitsDeveloperKeepsItsUnitsHallsOnlyAndRegistersOneInTheConsole() {
    Administrator developer = administrators.developerOf("地图测试单位");
    String token = developer.consoleToken();
    String other = "it-" + RUN + "-other";
    register(ServiceTokens.api(), other, "别的单位的大厅", "510105", 30.674, 104.062, "别的测试单位");

    HttpJson.Reply rewritten =
        HttpJson.putJson(
            API + "/managed-service-halls/" + JINJIANG,
            token,
            body(JINJIANG, "", "锦江测试大厅", "510104", 30.657, 104.083));
    assertEquals(200, rewritten.status(), rewritten.body());
    assertEquals(
        404,
        HttpJson.putJson(
                API + "/managed-service-halls/" + other,
                token,
                body(other, "", "改名", "510105", 30.674, 104.062))
            .status());
    assertEquals(404, HttpJson.delete(API + "/managed-service-halls/" + other, token).status());
    HttpJson.Reply foreign =
        HttpJson.postJson(
            API + "/managed-service-halls",
            token,
            body("it-" + RUN + "-foreign", "别的测试单位", "冒名大厅", "510105", 30.67, 104.06));
    assertEquals(403, foreign.status(), foreign.body());
    assertEquals(
        List.of(JINJIANG, PIDU, WUHOU),
        HttpJson.get(API + "/managed-service-halls", token).json().getJsonArray("data").stream()
            .map(v -> v.asJsonObject().getString("code"))
            .sorted()
            .toList());

    String made = "it-" + RUN + "-console";
    try (Browser browser = new Browser()) {
      browser.open(Platform.BASE_URL + "/console/service-halls.xhtml");
      browser.logInAsAdministrator(developer);
      browser.waitForText(By.id("halls:hallTable"), JINJIANG);
      assertFalse(browser.text(By.id("halls:hallTable")).contains(other));
      browser.type(By.id("halls:code"), made);
      browser.type(By.id("halls:name"), "控制台登记的大厅");
      browser.type(By.id("halls:address"), "四川省成都市测试路2号");
      browser.type(By.id("halls:openingHours"), "工作日 9:00-17:00");
      browser.type(By.id("halls:latitude"), "30.660");
      browser.type(By.id("halls:longitude"), "104.102");
      browser.type(By.id("halls:divisionCode"), "510108");
      browser.type(By.id("halls:matters"), OTHER_MATTER + " 地图测试事项");
      browser.click(By.id("halls:save"));
      browser.waitForText(By.id("halls:hallTable"), made);
      browser.screenshot("console-service-halls");
    }
    JsonObject hall =
        HttpJson.get(API + "/service-halls/" + made, null).json().getJsonObject("data");
    assertEquals("地图测试单位", hall.getString("ownerUnit"));
    assertEquals("成华区", hall.getString("divisionName"));
  }
}
