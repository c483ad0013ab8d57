package org.onewindow.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.onewindow.it.support.Poll;
import org.onewindow.it.support.PostgresControl;
import org.onewindow.it.support.ServiceTokens;

/**
 * PostgreSQL stopped under a running platform and started again (issue 17 item 3): meanwhile every
 * call is answered at once with a clear refusal — 503 with 10019 and {@code Retry-After} for a
 * write, 503 with 10000 and the database DOWN from the health check the balancer reads — never a
 * hang or a stack trace, and nothing is saved; once the database is back the same calls succeed
 * without restarting WildFly. The PostgreSQL run only, where the tests may stop the server.
 */
@PlatformIT
class DatabaseOutageIT {

  private static final String UNITS = Platform.BASE_URL + "/api/v1/access-units";

  /**
   * Longer than the datasource's own limits (connect 5 s, pool wait 5 s; datasource-pg.cli): a call
   * that has not answered by then hangs, which is the failure this test looks for.
   */
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);

  @Test
  void callsAreRefusedAtOnceWhileTheDatabaseIsDownAndWorkAgainWithoutARestart() throws Exception {
    assumeTrue("pg".equals(Platform.database()), "the PostgreSQL run only");
    assumeTrue(PostgresControl.available(), "pg_ctlcluster as root is needed to stop PostgreSQL");
    String token = ServiceTokens.api();
    String before = "停库前单位-" + UUID.randomUUID().toString().substring(0, 8);
    assertEquals(201, createUnit(token, before).statusCode());

    String during = "停库中单位-" + UUID.randomUUID().toString().substring(0, 8);
    PostgresControl.stop();
    try {
      HttpResponse<String> refused = createUnit(token, during);
      assertEquals(503, refused.statusCode(), refused.body());
      JsonObject envelope = json(refused.body());
      assertEquals(10019, envelope.getInt("code"));
      assertEquals("数据库暂时无法连接，本次操作未保存，请稍后重试", envelope.getString("msg"));
      assertEquals("5", refused.headers().firstValue("Retry-After").orElse(""));
      assertFalse(refused.body().contains("Exception"), "no stack trace: " + refused.body());

      HttpResponse<String> health = get(Platform.BASE_URL + "/api/v1/health", "zh-CN");
      assertEquals(503, health.statusCode(), health.body());
      assertEquals(10000, json(health.body()).getInt("code"));
      assertEquals("DOWN", json(health.body()).getJsonObject("data").getString("database"));

      HttpResponse<String> english =
          send(
              HttpRequest.newBuilder(URI.create(UNITS))
                  .header("Authorization", "Bearer " + token)
                  .header("Accept-Language", "en")
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(unit(during))));
      assertTrue(
          json(english.body()).getString("msg").startsWith("The database cannot be reached"),
          english.body());
    } finally {
      PostgresControl.start();
    }

    Poll.until(
        Duration.ofSeconds(60),
        () -> HttpJson.get(Platform.BASE_URL + "/api/v1/health", null).status(),
        status -> status == 200,
        "the platform did not report the database UP again");
    String after = "复库后单位-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created = createUnit(token, after);
    assertEquals(201, created.statusCode(), created.body());
    String units = HttpJson.get(UNITS, token).body();
    assertTrue(units.contains(before) && units.contains(after), "both kept");
    assertFalse(units.contains(during), "the refused write changed nothing");
  }

  private static String unit(String name) {
    return "{\"name\":\"" + name + "\",\"divisionCode\":\"330100\"}";
  }

  private static HttpResponse<String> createUnit(String token, String name) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(UNITS))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(unit(name))));
  }

  private static HttpResponse<String> get(String url, String language) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", language).GET());
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return CLIENT.send(
        request.timeout(ANSWER_WITHIN).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(String body) {
    return jakarta.json.Json.createReader(new StringReader(body)).readObject();
  }
}
