package org.onewindow.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.LocalDate;
import java.time.ZoneId;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.ServiceTokens;

/**
 * A service hall of the test's own, handling one matter, taking appointments every day of the week
 * from 09:00 to 11:00 in hour slots — made through the API as a platform's system account and a
 * unit's administrator would.
 */
final class AppointmentHalls {

  static final String API = Platform.BASE_URL + "/api/v1";

  private AppointmentHalls() {}

  /** Registers hall {@code code} of {@code unit} handling {@code matter}. */
  static void register(String code, String unit, String matter, String matterName) {
    HttpJson.Reply created =
        HttpJson.postJson(
            API + "/managed-service-halls",
            ServiceTokens.api(),
            Json.createObjectBuilder()
                .add("code", code)
                .add("ownerUnit", unit)
                .add("name", "预约测试大厅")
                .add("address", "四川省成都市测试路9号")
                .add("openingHours", "每天 9:00-11:00")
                .add("phone", "028-12345")
                .add("latitude", 30.657)
                .add("longitude", 104.083)
                .add("divisionCode", "510104")
                .add(
                    "matters",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder().add("code", matter).add("name", matterName)))
                .build()
                .toString());
    assertEquals(201, created.status(), created.body());
  }

  /** The body that opens the hall every day 09:00-11:00 in hour slots of {@code capacity}. */
  static String everyDay(int capacity) {
    JsonArrayBuilder days = Json.createArrayBuilder();
    for (int day = 1; day <= 7; day++) {
      days.add(
          Json.createObjectBuilder()
              .add("weekday", day)
              .add("opens", "09:00")
              .add("closes", "11:00")
              .add("slotMinutes", 60)
              .add("capacity", capacity));
    }
    return Json.createObjectBuilder().add("openings", days).build().toString();
  }

  /** Sets the hours of {@link #everyDay} as {@code token}'s holder; the reply. */
  static HttpJson.Reply open(String code, String token, int capacity) {
    return HttpJson.putJson(
        API + "/managed-service-halls/" + code + "/openings", token, everyDay(capacity));
  }

  /** The day {@code days} after today in the halls' time (Beijing). */
  static LocalDate inDays(int days) {
    return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(days);
  }
}
