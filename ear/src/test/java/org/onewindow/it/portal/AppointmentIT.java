package org.onewindow.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.Browser;
import org.onewindow.it.support.CodeFlow;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.KeycloakAdmin;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.openqa.selenium.By;

/**
 * Appointments at the service halls and subscriptions to a matter's changes (issue 20 item 4; 001
 * 7.2–7.3, 7.7): a hall's unit sets its hours and capacity, persons book through the API until a
 * slot is full — the next refused in the envelope (003 Annex A 20001) — and a cancellation gives
 * the place back; a day past is refused; another unit's administrator cannot touch the hours; on a
 * 360 px phone a person subscribes to a matter and books a slot on the portal, and the matter's
 * next version reaches their message centre.
 *
 * <p>Persons call the API with a token that names it: the console client's code flow gives one with
 * the person's own roles, as the CLI's device login does.
 */
@PlatformIT
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
class AppointmentIT {

  private static final String API = AppointmentHalls.API;
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String UNIT = "预约测试单位" + RUN;
  private static final String OTHER_UNIT = "别的预约单位" + RUN;
  private static final String MATTER = "ITAPPT" + RUN.toUpperCase(Locale.ROOT);
  private static final String HALL = "it-" + RUN + "-appt";

  @RegisterExtension static final Administrators administrators = new Administrators();

  private static final List<String> userIds = new ArrayList<>();
  private static String unitToken;

  @BeforeAll
  static void aHallTwoPlacesAnHour() {
    AppointmentHalls.register(HALL, UNIT, MATTER, "预约测试事项");
    unitToken = administrators.developerOf(UNIT).consoleToken();
    HttpJson.Reply opened = AppointmentHalls.open(HALL, unitToken, 2);
    assertEquals(200, opened.status(), opened.body());
  }

  @AfterAll
  static void removeThePersons() {
    KeycloakAdmin admin = new KeycloakAdmin();
    userIds.forEach(id -> admin.delete("/users/" + id));
  }

  /** A new citizen, 王建国 by name; their API token. */
  private static String citizen(String username) {
    userIds.add(
        new KeycloakAdmin()
            .createUser(
                KeycloakAdmin.user(username, "建国", "王").build(),
                "citizen",
                KeycloakAdmin.password(Platform.DEMO_PASSWORD)));
    return CodeFlow.logIn("onewindow-console", username).getString("access_token");
  }

  private static String person() {
    return citizen("appt-" + UUID.randomUUID().toString().substring(0, 8));
  }

  private static HttpJson.Reply book(String token, LocalDate day, String start) {
    return HttpJson.postJson(
        API + "/appointments",
        token,
        Json.createObjectBuilder()
            .add("hallCode", HALL)
            .add("matterCode", MATTER)
            .add("date", day.toString())
            .add("start", start)
            .add("phone", "13912345678")
            .build()
            .toString());
  }

  private static JsonObject slot(LocalDate day, String start) {
    HttpJson.Reply slots =
        HttpJson.get(API + "/service-halls/" + HALL + "/slots?date=" + day, null);
    assertEquals(200, slots.status(), slots.body());
    JsonArray data = slots.json().getJsonArray("data");
    assertEquals(2, data.size(), "09:00 and 10:00: " + data);
    return data.stream()
        .map(v -> v.asJsonObject())
        .filter(s -> s.getString("start").equals(start))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aSlotTakesItsCapacityTheNextIsRefusedAndACancellationGivesThePlaceBack() {
    LocalDate day = AppointmentHalls.inDays(3);
    String first = person();
    String second = person();
    String third = person();
    assertEquals(2, slot(day, "09:00").getInt("remaining"));

    HttpJson.Reply booked = book(first, day, "09:00");
    assertEquals(201, booked.status(), booked.body());
    JsonObject receipt = booked.json().getJsonObject("data");
    String number = receipt.getString("number");
    assertTrue(number.startsWith("YY" + day.toString().replace("-", "")), number);
    // personal data masked in every view (000 示例8)
    assertEquals("王**", receipt.getString("visitor"));
    assertFalse(receipt.getString("phone").contains("12345678"), receipt.toString());
    assertEquals(201, book(second, day, "09:00").status());

    JsonObject full = slot(day, "09:00");
    assertEquals(0, full.getInt("remaining"));
    assertFalse(full.getBoolean("bookable"));
    HttpJson.Reply refused = book(third, day, "09:00");
    assertEquals(409, refused.status(), refused.body());
    assertEquals(20001, refused.json().getInt("code"));
    assertEquals("该时段已约满，请选择其他时段", refused.json().getString("msg"));
    assertTrue(refused.json().isNull("data"));

    // one booking per person, matter and day
    HttpJson.Reply twice = book(first, day, "10:00");
    assertEquals(409, twice.status(), twice.body());
    assertTrue(twice.json().getString("msg").contains("当天已预约"), twice.body());

    // the unit sees the day's bookings, masked
    HttpJson.Reply dayList =
        HttpJson.get(
            API + "/managed-service-halls/" + HALL + "/appointments?date=" + day, unitToken);
    assertEquals(200, dayList.status(), dayList.body());
    assertEquals(2, dayList.json().getJsonArray("data").size());
    assertFalse(dayList.body().contains("建国"), dayList.body());

    // cancelling gives the place back: the third person gets it
    HttpJson.Reply cancelled =
        HttpJson.postJson(API + "/appointments/" + number + "/cancellation", first, "");
    assertEquals(200, cancelled.status(), cancelled.body());
    assertEquals("CANCELLED", cancelled.json().getJsonObject("data").getString("state"));
    assertEquals(1, slot(day, "09:00").getInt("remaining"));
    assertEquals(201, book(third, day, "09:00").status());
    assertEquals(0, slot(day, "09:00").getInt("remaining"));
    // and the first may book the day again; nobody cancels another's booking
    assertEquals(201, book(first, day, "10:00").status());
    assertEquals(
        404,
        HttpJson.postJson(
                API
                    + "/appointments/"
                    + HttpJson.get(API + "/appointments", second)
                        .json()
                        .getJsonArray("data")
                        .getJsonObject(0)
                        .getString("number")
                    + "/cancellation",
                third,
                "")
            .status());
  }

  @Test
  void aDayPastOrTooFarAheadAndASlotTheHallDoesNotHaveAreRefused() {
    String token = person();
    for (LocalDate day : List.of(AppointmentHalls.inDays(-1), AppointmentHalls.inDays(15))) {
      HttpJson.Reply refused = book(token, day, "09:00");
      assertEquals(400, refused.status(), refused.body());
      assertEquals(20000, refused.json().getInt("code"));
      assertTrue(refused.json().isNull("data"));
      assertEquals(
          400, HttpJson.get(API + "/service-halls/" + HALL + "/slots?date=" + day, null).status());
    }
    assertTrue(
        book(token, AppointmentHalls.inDays(-1), "09:00").json().getString("msg").contains("已经过去"));
    HttpJson.Reply noSuchSlot = book(token, AppointmentHalls.inDays(2), "09:30");
    assertEquals(400, noSuchSlot.status(), noSuchSlot.body());
    assertEquals(0, HttpJson.get(API + "/appointments", token).json().getJsonArray("data").size());
    // the free places are public; booking is a person's
    assertEquals(401, book(null, AppointmentHalls.inDays(2), "09:00").status());
  }

  @Test
  void anotherUnitsAdministratorCannotChangeTheHallsHoursNorSeeItsBookings() {
    String other = administrators.developerOf(OTHER_UNIT).consoleToken();
    HttpJson.Reply refused = AppointmentHalls.open(HALL, other, 99);
    assertEquals(404, refused.status(), refused.body());
    assertEquals(
        404,
        HttpJson.get(
                API
                    + "/managed-service-halls/"
                    + HALL
                    + "/appointments?date="
                    + AppointmentHalls.inDays(1),
                other)
            .status());
    JsonArray hours =
        HttpJson.get(API + "/service-halls/" + HALL + "/openings", null)
            .json()
            .getJsonArray("data");
    assertEquals(7, hours.size());
    assertEquals(2, hours.getJsonObject(0).getInt("capacity"), "unchanged");
    // a bad rule is refused in the envelope and changes nothing
    HttpJson.Reply bad =
        HttpJson.putJson(
            API + "/managed-service-halls/" + HALL + "/openings",
            unitToken,
            "{\"openings\":[{\"weekday\":1,\"opens\":\"17:00\",\"closes\":\"09:00\","
                + "\"slotMinutes\":30,\"capacity\":2}]}");
    assertEquals(400, bad.status(), bad.body());
    assertEquals(
        7,
        HttpJson.get(API + "/service-halls/" + HALL + "/openings", null)
            .json()
            .getJsonArray("data")
            .size());
  }

  @Test
  void aPersonSubscribesAndBooksOnAPhoneAndIsToldOfTheMattersNextVersion() {
    PortalMatters matters = new PortalMatters(administrators);
    String matter = matters.publish(matters.matter("预约订阅测试事项"));
    String hall = "it-" + RUN + "-phone";
    AppointmentHalls.register(hall, UNIT, matter, "预约订阅测试事项");
    assertEquals(200, AppointmentHalls.open(hall, unitToken, 3).status());
    String username = "appt-" + UUID.randomUUID().toString().substring(0, 8);
    String token = citizen(username);
    LocalDate day = AppointmentHalls.inDays(2);

    try (Browser browser = new Browser()) {
      browser.emulatePhone(360, 740);
      browser.open(Platform.BASE_URL + "/portal/me.xhtml");
      browser.logInAtKeycloak(username, Platform.DEMO_PASSWORD);
      browser.find(By.id("mySubscriptions"));

      browser.open(Platform.BASE_URL + "/portal/matter.xhtml?code=" + matter);
      browser.click(By.id("subscription:toggle"));
      browser.waitUntil(
          d ->
              "true"
                  .equals(
                      d.findElement(By.id("subscription:toggle")).getAttribute("aria-pressed")));

      browser.open(
          Platform.BASE_URL
              + "/portal/appointment.xhtml?hall="
              + hall
              + "&date="
              + day
              + "&matter="
              + matter);
      assertEquals(
          List.of("3", "3"),
          browser.findAll(By.cssSelector("#slots li.ow-slot")).stream()
              .map(e -> e.getAttribute("data-remaining"))
              .toList());
      browser.click(By.cssSelector("#slots li.ow-slot[data-start='10:00'] input[type=submit]"));
      browser.find(By.id("receipt"));
      String number = browser.text(By.id("receiptNumber"));
      assertTrue(number.startsWith("YY"), number);
      browser.screenshot("portal-appointment-booked-360");
      // no horizontal scrolling on the phone
      assertEquals(
          Boolean.TRUE,
          browser.run("return document.documentElement.scrollWidth <= window.innerWidth + 1;"));

      browser.open(Platform.BASE_URL + "/portal/my-subscriptions.xhtml");
      assertTrue(browser.text(By.id("list")).contains("预约订阅测试事项"));
    }
    assertEquals(
        2,
        HttpJson.get(API + "/service-halls/" + hall + "/slots?date=" + day, null)
            .json()
            .getJsonArray("data")
            .getJsonObject(1)
            .getInt("remaining"));

    matters.republish(matter, matters.matter("预约订阅测试事项").add("promisedLimitDays", 3));
    HttpJson.Reply notices = HttpJson.get(API + "/notices", token);
    assertEquals(200, notices.status(), notices.body());
    List<String> texts =
        notices.json().getJsonArray("data").stream()
            .map(v -> v.asJsonObject().getString("text"))
            .toList();
    assertEquals(List.of("您订阅的事项「预约订阅测试事项」已发布新版本（第 2 版），请查看变更"), texts, texts.toString());
    assertEquals(
        "/portal/matter.xhtml?code=" + matter,
        notices.json().getJsonArray("data").getJsonObject(0).getString("link"));
  }
}
