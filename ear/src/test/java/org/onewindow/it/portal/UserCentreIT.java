package org.onewindow.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.AppCentreSetup;
import org.onewindow.it.support.Browser;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.KeycloakAdmin;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.openqa.selenium.By;

/**
 * The user centre in Chromium (001 7.7; 004 6.1–6.2): the profile masked (003 6.3.2.1 d), the
 * real-name level and the way to raise it (001 7.7 b, through the realm's step-up and its SANDBOX
 * verifier), messages unread then read (001 7.7 g), consents, and the links to the user's lists.
 */
@PlatformIT
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
class UserCentreIT {

  @RegisterExtension static final Administrators administrators = new Administrators();

  private static final String PASSWORD = "Centre#2026x";
  private static final String CENTRE = Platform.BASE_URL + "/portal/me.xhtml";

  private final KeycloakAdmin admin = new KeycloakAdmin();
  private final String username = "centre-" + UUID.randomUUID().toString().substring(0, 8);
  private final String userId =
      admin.createUser(
          KeycloakAdmin.user(username, "建国", "王")
              .add(
                  "attributes",
                  Json.createObjectBuilder()
                      .add("realNameLevel", Json.createArrayBuilder().add("2")))
              .build(),
          "citizen",
          KeycloakAdmin.password(PASSWORD));

  @AfterEach
  void cleanUp() {
    admin.delete("/users/" + userId);
  }

  /** An app onboarded for the name and mobile number, for the user to agree to. */
  private static String onboardedApp() {
    AppCentreSetup centre = new AppCentreSetup(administrators, "用户中心");
    HttpJson.Reply app =
        HttpJson.postJson(
            AppCentreSetup.API + "/apps",
            centre.system,
            "{\"unitId\":"
                + centre.unitId
                + ",\"name\":\"社保查询-"
                + UUID.randomUUID().toString().substring(0, 6)
                + "\",\"description\":\"社保查询\",\"pageUrl\":\""
                + Platform.BASE_URL
                + "/portal/privacy.xhtml\",\"userFields\":[\"name\",\"mobile\"]}");
    assertEquals(201, app.status(), app.body());
    return app.json().getJsonObject("data").getJsonObject("app").getString("appKey");
  }

  @Test
  void theCentreShowsTheMaskedProfileTheLevelMessagesAndConsentsAndRaisesTheLevel() {
    String appKey = onboardedApp();
    try (Browser browser = new Browser()) {
      browser.open(CENTRE);
      browser.logInAtKeycloak(username, PASSWORD);

      // Profile: the name masked (王建国 -> 王**; the greeting above it is the user's own); level 2
      // with the way up.
      assertEquals("王**", browser.text(By.id("maskedName")));
      assertEquals("2", browser.text(By.id("realNameLevel")));
      assertTrue(browser.text(By.id("accountType")).contains("自然人"));
      browser.find(By.id("raiseLevel"));
      browser.find(By.id("changePassword"));
      browser.find(By.id("myCases"));
      browser.find(By.id("myFavourites"));
      browser.find(By.id("myFootprints"));
      assertEquals("0", browser.text(By.id("unread")));
      browser.find(By.id("noConsents"));

      // Agreeing for an app leaves a consent and an unread notice in the centre.
      browser.open(Platform.BASE_URL + "/portal/consent.xhtml?app=" + appKey);
      browser.click(By.id("consentForm:agree"));
      browser.waitUntil(driver -> browser.url().contains("/portal/privacy.xhtml"));
      browser.open(CENTRE);
      assertEquals("1", browser.text(By.id("unread")));
      assertTrue(browser.text(By.id("message-0")).contains("社保查询-"));
      String consent = browser.text(By.id("consent-0"));
      assertTrue(consent.contains("姓名") && consent.contains("手机号码"), consent);
      browser.screenshot("portal-user-centre");

      browser.click(By.id("messages:messageList:0:markRead"));
      browser.waitForText(By.id("unread"), "0");
      assertTrue(browser.findAll(By.id("messages:messageList:0:markRead")).isEmpty());

      // 001 7.7 b: the raise link takes the user through the real-name form (SANDBOX identity)
      // and back to the centre, which shows the new level at once.
      browser.click(By.id("raiseLevel"));
      browser.type(By.id("realName"), "测试用户");
      browser.type(By.id("idNumber"), "320102199511200068");
      browser.click(By.id("kc-real-name-submit"));
      browser.waitUntil(driver -> browser.url().startsWith(CENTRE));
      browser.waitForText(By.id("realNameLevel"), "3");
      assertTrue(browser.findAll(By.id("raiseLevel")).isEmpty(), "nothing left to raise");
    }
    assertEquals("3", admin.realNameLevel(userId));
  }

  @Test
  void anEnterpriseUserActsForTheirEnterprise() {
    // 001 7.7: accounts of 法人; the realm carries the enterprise's code (GB 32100) in the token.
    String name = "legal-" + UUID.randomUUID().toString().substring(0, 8);
    String id =
        admin.createUser(
            KeycloakAdmin.user(name, "丽", "李")
                .add(
                    "attributes",
                    Json.createObjectBuilder()
                        .add("enterpriseUscc", Json.createArrayBuilder().add("91350100M000100Y43")))
                .build(),
            "enterprise-user",
            KeycloakAdmin.password(PASSWORD));
    try (Browser browser = new Browser()) {
      browser.open(CENTRE);
      browser.logInAtKeycloak(name, PASSWORD);
      assertTrue(browser.text(By.id("accountType")).contains("法人"));
      assertEquals("91350100M000100Y43", browser.text(By.id("enterpriseUscc")));
    } finally {
      admin.delete("/users/" + id);
    }
  }

  @Test
  void thePrivacyStatementIsPublic() {
    try (Browser browser = new Browser()) {
      browser.open(Platform.BASE_URL + "/portal/privacy.xhtml");
      assertEquals("隐私条款", browser.text(By.id("privacyTitle")));
      assertTrue(browser.text(By.id("privacyApps")).contains("首次同意"));
      assertFalse(browser.isOnKeycloakLoginPage());
      browser.open(Platform.BASE_URL + "/portal/");
      browser.find(By.id("privacyFooter"));
    }
  }
}
