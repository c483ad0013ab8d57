package org.onewindow.it.portal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.it.support.Administrator;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.AppCentreSetup;
import org.onewindow.it.support.Browser;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.onewindow.it.support.ServiceTokens;
import org.openqa.selenium.By;

/** The citizen portal and single sign-on into the console (002 6.4, 004 5.3). */
@PlatformIT
// The portal in Chromium (template, language switch, single sign-on): nothing here reads the
// database differently on PostgreSQL, so the browser walk runs once per build, in the H2 run.
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
class PortalIT {

  @RegisterExtension static final Administrators administrators = new Administrators();

  @Test
  void theHomePageIsPublic() {
    try (Browser browser = new Browser()) {
      browser.open(Platform.BASE_URL + "/");
      assertEquals("欢迎使用一体化政务服务平台", browser.text(By.id("welcome")));
      assertFalse(browser.isOnKeycloakLoginPage());
    }
  }

  @Test
  void oneLoginAtThePortalServesTheConsoleWithoutASecondPassword() {
    try (Browser browser = new Browser()) {
      browser.open(Platform.BASE_URL + "/portal/");
      browser.click(By.id("login"));
      Administrator admin = administrators.platformAdmin();
      browser.logInAsAdministrator(admin);
      assertEquals(admin.username(), browser.text(By.id("username")));
      // Family name first, no space (王 + 建国), in the page and its header.
      assertEquals("王建国", browser.text(By.id("displayName")));
      assertEquals("王建国", browser.text(By.id("userName")));
      browser.screenshot("portal-me-zh");

      // SSO: the console's own OIDC client gets a code from the Keycloak session at once.
      browser.open(Platform.BASE_URL + "/console/");
      assertEquals("王建国", browser.text(By.id("welcomeName")));
      assertFalse(browser.isOnKeycloakLoginPage());
    }
  }

  /** 中文 / English as in the console: every page of the portal, for the rest of the session. */
  @Test
  void theLanguageSwitchTurnsEveryPageEnglishAndBack() {
    try (Browser browser = new Browser()) {
      browser.open(Platform.BASE_URL + "/portal/");
      browser.screenshot("portal-home-zh");
      browser.click(By.id("lang:en"));
      browser.waitForText(By.id("welcome"), "Welcome to OneWindow");
      assertEquals("Sign in", browser.text(By.id("login")));
      browser.screenshot("portal-home-en");
      browser.open(Platform.BASE_URL + "/portal/halls.xhtml");
      assertEquals("App halls", browser.text(By.id("title")));
      browser.screenshot("portal-halls-en");
      browser.click(By.id("lang:zh"));
      browser.waitForText(By.id("title"), "应用大厅");
      assertEquals("登录", browser.text(By.id("login")));
    }
  }

  /**
   * 000 8.2.3 b: the halls show their online apps to anyone, in the display configuration: the
   * test's app 公交出行 is published in the national hall, its app 医保电子凭证 was published there and taken
   * offline, so it shows nowhere.
   */
  @Test
  void theHallsShowTheirOnlineAppsToEveryone() {
    AppCentreSetup setup = new AppCentreSetup(administrators, "分厅测试");
    long online =
        setup
            .applyForApp("https://app.example.gov.cn/bus")
            .getJsonObject("app")
            .getJsonNumber("id")
            .longValue();
    setup.takeOnline(online, "公交出行");
    long offline =
        setup
            .applyForApp("https://app.example.gov.cn/medical")
            .getJsonObject("app")
            .getJsonNumber("id")
            .longValue();
    setup.takeOnline(offline, "医保电子凭证");
    AppCentreSetup.transition("/apps/", offline, setup.reviewer(), "offline");
    try (Browser browser = new Browser()) {
      browser.open(Platform.BASE_URL + "/portal/halls.xhtml");
      browser.waitForText(By.id("apps"), "公交出行");
      assertFalse(browser.text(By.id("apps")).contains("医保电子凭证"));
      assertFalse(browser.isOnKeycloakLoginPage());
      // WCAG 3.2.2 On Input: choosing in the menu (as arrow keys do) changes nothing by itself;
      // the button shows the chosen hall, by a plain GET that needs no script.
      String before = browser.url();
      new org.openqa.selenium.support.ui.Select(browser.find(By.id("hall")))
          .selectByValue("dept-mps");
      assertEquals(before, browser.url(), "choosing a hall did not submit the form");
      assertTrue(browser.findAll(By.id("empty")).isEmpty());
      browser.click(By.id("showHall"));
      browser.waitUntil(driver -> browser.url().contains("hall=dept-mps"));
      browser.find(By.id("empty"));
    }
  }

  private static final String API = Platform.BASE_URL + "/api/v1";
  private static final String ICONS = Platform.BASE_URL + "/portal/app-icons/";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  /**
   * 000 8.2.3 b (服务应用界面配置): the hall page shows a published app's icon, served read-only with the
   * stored type, nosniff and its SM3 fingerprint as ETag; an app the public cannot see — a draft,
   * or one taken offline — has no icon there, with the same bare 404 as an unknown key.
   */
  @Test
  void aPublishedAppsIconIsServedAndNoOtherAppsIs() throws Exception {
    String system = ServiceTokens.api();
    String reviewer = administrators.reviewer().consoleToken();
    long unit =
        HttpJson.postJson(
                API + "/access-units",
                system,
                "{\"name\":\"图标测试单位-" + UUID.randomUUID() + "\",\"divisionCode\":\"110000\"}")
            .json()
            .getJsonObject("data")
            .getJsonNumber("id")
            .longValue();
    byte[] publishedIcon = png(new Color(0x15, 0x65, 0xc0));
    JsonObject published = app(system, unit, "图标应用");
    long publishedId = published.getJsonNumber("id").longValue();
    String sm3 = upload(system, publishedId, publishedIcon);
    assertEquals(
        201,
        HttpJson.postJson(
                API + "/apps/" + publishedId + "/notes",
                system,
                "{\"kind\":\"functional-test\",\"text\":\"图标显示正常\"}")
            .status());
    transition(system, publishedId, "submit");
    transition(reviewer, publishedId, "approve");
    long national =
        HttpJson.get(API + "/halls", system).json().getJsonArray("data").stream()
            .map(v -> v.asJsonObject())
            .filter(h -> h.getString("code").equals("national"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    String displayName = "图标" + UUID.randomUUID().toString().substring(0, 6);
    HttpJson.Reply publication =
        HttpJson.postJson(
            API + "/apps/" + publishedId + "/publications",
            reviewer,
            "{\"hallIds\":[" + national + "],\"displayName\":\"" + displayName + "\"}");
    assertEquals(200, publication.status(), publication.body());

    String key = published.getString("appKey");
    HttpResponse<byte[]> icon = get(ICONS + key, null);
    assertEquals(200, icon.statusCode());
    assertArrayEquals(publishedIcon, icon.body());
    assertEquals("image/png", icon.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("nosniff", icon.headers().firstValue("X-Content-Type-Options").orElseThrow());
    String etag = icon.headers().firstValue("ETag").orElseThrow();
    assertEquals("\"" + sm3 + "\"", etag);

    HttpResponse<byte[]> revalidated = get(ICONS + key, etag);
    assertEquals(304, revalidated.statusCode());
    assertEquals(0, revalidated.body().length);
    assertEquals(etag, revalidated.headers().firstValue("ETag").orElseThrow());
    assertEquals(200, get(ICONS + key, "\"another\"").statusCode());

    // The hall page shows it: the browser fetched and decoded the image.
    try (Browser browser = new Browser()) {
      browser.open(Platform.BASE_URL + "/portal/halls.xhtml");
      browser.waitForText(By.id("apps"), displayName);
      By img = By.cssSelector("li[data-app-key='" + key + "'] img.ow-hall-icon");
      browser.waitUntil(
          driver ->
              ((Number)
                          ((org.openqa.selenium.JavascriptExecutor) driver)
                              .executeScript(
                                  "return arguments[0].complete ? arguments[0].naturalWidth : 0",
                                  driver.findElement(img)))
                      .intValue()
                  == 128);
    }

    // A draft with an icon of its own, an unknown key, a path: the same empty 404.
    JsonObject draft = app(system, unit, "草稿应用");
    upload(system, draft.getJsonNumber("id").longValue(), png(Color.ORANGE));
    for (String address :
        List.of(
            ICONS + draft.getString("appKey"),
            ICONS + "app-nosuchapp0000",
            ICONS + key + "/x",
            ICONS + "APP-" + key)) {
      HttpResponse<byte[]> refused = get(address, null);
      assertEquals(404, refused.statusCode(), address);
      assertEquals(0, refused.body().length, address);
    }

    // Taken offline: its icon is gone at once, a cached copy included (no-cache revalidates).
    transition(reviewer, publishedId, "offline");
    assertEquals(404, get(ICONS + key, null).statusCode());
    assertEquals(404, get(ICONS + key, etag).statusCode());
    assertTrue(icon.headers().firstValue("Cache-Control").orElseThrow().contains("no-cache"));
  }

  private static JsonObject app(String token, long unit, String name) {
    HttpJson.Reply app =
        HttpJson.postJson(
            API + "/apps",
            token,
            "{\"unitId\":"
                + unit
                + ",\"name\":\""
                + name
                + "-"
                + UUID.randomUUID().toString().substring(0, 8)
                + "\",\"description\":\"图标测试\",\"pageUrl\":\"https://app.example.gov.cn/\"}");
    assertEquals(201, app.status(), app.body());
    return app.json().getJsonObject("data").getJsonObject("app");
  }

  /** Uploads an icon through the API; its SM3 fingerprint as the platform recorded it. */
  private static String upload(String token, long appId, byte[] png) throws Exception {
    HttpResponse<String> uploaded =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(API + "/apps/" + appId + "/files/icon"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream")
                .header("X-File-Name", "icon.png")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(png))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(201, uploaded.statusCode(), uploaded.body());
    return new HttpJson.Reply(uploaded.statusCode(), uploaded.body())
        .json()
        .getJsonObject("data")
        .getString("sm3");
  }

  private static void transition(String token, long appId, String action) {
    HttpJson.Reply reply =
        HttpJson.postJson(
            API + "/apps/" + appId + "/transitions",
            token,
            "{\"action\":\"" + action + "\",\"reason\":\"测试\"}");
    assertEquals(200, reply.status(), action + ": " + reply.body());
  }

  private static HttpResponse<byte[]> get(String url, String ifNoneMatch) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A square PNG of 128 px in one colour: an icon the upload rules accept (108-4096 px). */
  private static byte[] png(Color color) throws IOException {
    BufferedImage image = new BufferedImage(128, 128, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = image.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, 128, 128);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
