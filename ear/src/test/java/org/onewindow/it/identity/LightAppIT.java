package org.onewindow.it.identity;

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
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.it.support.Administrator;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.Browser;
import org.onewindow.it.support.ConsentPage;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.onewindow.it.support.RealmLogin;
import org.openqa.selenium.By;

/**
 * The JSSDK (000 9.2.2–9.2.5) and the demo light app, in a real browser: one login serves the
 * portal, the console and the light app (002 6.4 c); the light app gets nothing of a user until the
 * user agreed on the platform's consent page (000 10.3 h), then shows the user masked (000 9.4.5);
 * its logout through the JSSDK ends every client's session (002 6.4 d).
 */
// A browser walk over Keycloak and the JSSDK; browser walks run in the H2 run only.
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
@PlatformIT
class LightAppIT {

  @RegisterExtension static final Administrators administrators = new Administrators();

  private static final String LIGHT_APP = Platform.BASE_URL + "/lightapp-demo/";
  private static final String LIGHT_APP_SESSION = LIGHT_APP + "api/session";
  private static final String APP = ConsentPage.DEMO_APP;

  /** The demo citizen agreed once for the demo app, as every user must (000 10.3 h). */
  @BeforeAll
  static void theDemoCitizenAgreedForTheDemoApp() {
    ConsentPage.agree("citizen", Platform.DEMO_PASSWORD, APP);
  }

  @Test
  void oneLoginServesPortalConsoleAndLightAppAndTheLightAppsLogoutEndsThemAll() {
    try (Browser browser = new Browser()) {
      // Log in at the portal.
      Administrator admin = administrators.platformAdmin();
      browser.open(Platform.BASE_URL + "/portal/me.xhtml");
      browser.logInAsAdministrator(admin);
      assertEquals(admin.username(), browser.text(By.id("username")));

      // The console: no prompt (the SSO session carries the login over).
      browser.open(Platform.BASE_URL + "/console/");
      browser.find(By.id("welcomeName"));
      assertFalse(browser.isOnKeycloakLoginPage());

      // The light app, before this user agreed: the platform hands it nothing (10008), and it
      // offers the way to the platform's consent page.
      browser.open(LIGHT_APP);
      browser.waitForText(By.id("status"), "用户未授权");
      assertFalse(browser.findAll(By.id("user")).get(0).isDisplayed(), "no user data shown");
      browser.click(By.cssSelector("#consent a"));
      // Agreed once on the platform's page, the user is back in the app (its registered page):
      // getTicket -> its backend trades it -> masked info (王建国 -> 王**).
      ConsentPage.agreeSignedIn(browser, APP);
      browser.waitForText(By.id("status"), "已登录");
      assertTrue(browser.url().startsWith(LIGHT_APP), browser.url());
      assertEquals("王**", browser.text(By.id("user-name")));
      assertEquals("3", browser.text(By.id("user-level")));
      assertFalse(browser.pageSource().contains("王建国"), "the full name never reaches the page");
      browser.screenshot("light-app-signed-in");

      // Log out in the light app (the JSSDK's logout).
      browser.click(By.id("logout"));
      browser.waitForText(By.id("status"), "已退出登录");

      // Console and portal both demand a login again.
      browser.open(Platform.BASE_URL + "/console/");
      browser.waitUntil(driver -> browser.isOnKeycloakLoginPage());
      browser.open(Platform.BASE_URL + "/portal/me.xhtml");
      browser.waitUntil(driver -> browser.isOnKeycloakLoginPage());

      // And the light app, opened again, finds no user.
      browser.open(LIGHT_APP);
      browser.find(By.id("login"));
      assertFalse(browser.find(By.id("status")).getText().equals("已登录"));
    }
  }

  @Test
  void loginappLogsInThroughThePlatformWindowAndThenOnlySaysSo() {
    try (Browser browser = new Browser()) {
      browser.open(LIGHT_APP);
      // Not logged in: getTicket failed with the platform's message, the login button shows.
      browser.waitForText(By.id("status"), "用户未登录");

      String page = browser.window();
      browser.click(By.id("login"));
      browser.switchToWindowOtherThan(page);
      browser.logInAtKeycloak("citizen", Platform.DEMO_PASSWORD);
      // login-complete.html reports back and closes itself.
      browser.switchBackWhenAlone(page);

      browser.waitForText(By.id("status"), "已登录");
      assertEquals("张*", browser.text(By.id("user-name")));

      // 000 9.2.4: called while logged in, loginapp answers only that it is.
      Object answer =
          browser.runAsync(
              "var done = arguments[arguments.length - 1];"
                  + "lightAppJssdk.user.loginapp({success: done, fail: done});");
      @SuppressWarnings("unchecked")
      Map<String, Object> data = (Map<String, Object>) answer;
      assertEquals("true", data.get("result"));
      assertEquals("当前全国一体化政务服务平台移动端已登录", data.get("message"));
      assertEquals("", data.get("ticket"));
      assertEquals(data.get("message"), data.get("Message"), "示例5's field names too");

      // getTicket through the SDK's API as a light app calls it.
      Object ticket =
          browser.runAsync(
              "var done = arguments[arguments.length - 1];"
                  + "lightAppJssdk.user.getTicket({success: done, fail: done});");
      @SuppressWarnings("unchecked")
      Map<String, Object> issued = (Map<String, Object>) ticket;
      assertEquals("true", issued.get("result"));
      assertTrue(issued.get("ticket").toString().length() >= 43, issued.toString());
    }
  }

  @Test
  void theLightAppTakesAFreshTicketOnceAndRefusesEverythingElse() {
    RealmLogin citizen = RealmLogin.as("citizen", Platform.DEMO_PASSWORD);
    HttpResponse<String> issued =
        citizen.send(
            "POST",
            Platform.REALM_URL + "/onewindow-tickets/tickets?app=" + APP,
            Platform.BASE_URL);
    assertEquals(200, issued.statusCode(), issued.body());
    String ticket =
        new HttpJson.Reply(200, issued.body()).json().getJsonObject("data").getString("ticket");

    HttpJson.Reply first = post("application/json", "{\"ticket\":\"" + ticket + "\"}");
    assertEquals(200, first.status(), first.body());
    JsonObject user = first.json().getJsonObject("data");
    assertEquals("张*", user.getString("name"));
    assertFalse(first.body().contains("张三"), first.body());

    // 000 9.2.1: one-time. The platform refuses the second exchange: 10005 授权码无效.
    HttpJson.Reply replayed = post("application/json", "{\"ticket\":\"" + ticket + "\"}");
    assertEquals(401, replayed.status(), replayed.body());
    assertEquals(10005, replayed.json().getInt("code"));

    HttpJson.Reply madeUp = post("application/json", "{\"ticket\":\"" + "A".repeat(43) + "\"}");
    assertEquals(401, madeUp.status(), madeUp.body());
    assertEquals(10005, madeUp.json().getInt("code"));

    HttpJson.Reply empty = post("application/json", "{}");
    assertEquals(400, empty.status(), empty.body());
    assertEquals(20003, empty.json().getInt("code"));

    // Issue 14, failure 6: something there but malformed is 20000 参数错误, not 20003 参数不能为空.
    HttpJson.Reply notJson = post("application/json", "ticket=x");
    assertEquals(400, notJson.status(), notJson.body());
    assertEquals(20000, notJson.json().getInt("code"), notJson.body());
    HttpJson.Reply notAString = post("application/json", "{\"ticket\":12}");
    assertEquals(400, notAString.status(), notAString.body());
    assertEquals(20000, notAString.json().getInt("code"), notAString.body());

    // A plain form post (what another site's page could send) is not even read.
    HttpJson.Reply form = post("text/plain", "{\"ticket\":\"x\"}");
    assertEquals(415, form.status(), form.body());

    for (HttpJson.Reply reply : new HttpJson.Reply[] {replayed, madeUp, empty, notJson, form}) {
      assertFalse(reply.body().contains("Exception"), reply.body());
      assertFalse(reply.json().getString("msg").isBlank(), reply.body());
    }

    // Without a session of its own, the light app knows no user.
    HttpJson.Reply nobody = HttpJson.get(LIGHT_APP_SESSION, null);
    assertEquals(401, nobody.status());
    assertEquals(10008, nobody.json().getInt("code"));
  }

  @Test
  void theJssdkIsServedWithThePlatformsAddressesWrittenIn() {
    HttpJson.Reply script = HttpJson.get(Platform.BASE_URL + "/jssdk/index.js", null);
    assertEquals(200, script.status());
    assertTrue(
        script.body().contains("var REALM_URL = \"" + Platform.REALM_URL + "\";"), script.body());
    assertTrue(script.body().contains("lightAppJssdk"));
  }

  private static HttpJson.Reply post(String contentType, String body) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(LIGHT_APP_SESSION))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new HttpJson.Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
