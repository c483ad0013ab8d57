package org.onewindow.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.onewindow.it.support.Browser;
import org.onewindow.it.support.KeycloakAdmin;
import org.onewindow.it.support.OidcTestClient;
import org.openqa.selenium.By;

/**
 * Step-up by real-name level (acr → LoA) and the real-name-verification required action (001 7.7 b)
 * in the real Keycloak, against the SANDBOX verifier the test Keycloak runs with. A client asking
 * acr 3 (001 7.2: level 3 to handle a matter) gets it only for a user at level 3; a lower user
 * verifies name and ID number first. Runs once, in the H2 run.
 */
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
class RealNameLevelIT {

  /** The SANDBOX registry's test identity (README, "Real-name levels, step-up and the sandbox"). */
  private static final String SANDBOX_NAME = "测试用户";

  private static final String SANDBOX_ID = "320102199511200068";

  private static final String PASSWORD = "RealName#2026x";

  private final KeycloakAdmin admin = new KeycloakAdmin();
  private final OidcTestClient client = new OidcTestClient(admin);
  private final String username = "level-" + UUID.randomUUID().toString().substring(0, 8);
  private final String userId =
      admin.createUser(username, "citizen", KeycloakAdmin.password(PASSWORD));

  @AfterEach
  void cleanUp() {
    client.close();
    admin.delete("/users/" + userId);
  }

  /** Logs the test user in asking for {@code acr}; ends on the real-name form. */
  private Browser atTheRealNameForm(int level) {
    admin.setRealNameLevel(userId, level);
    Browser browser = new Browser();
    browser.open(client.authorizationUrl(Map.of("acr_values", "3")));
    browser.logInAtKeycloak(username, PASSWORD);
    browser.find(By.id("idNumber"));
    return browser;
  }

  private static void submit(Browser browser, String name, String idNumber) {
    browser.type(By.id("realName"), name);
    browser.type(By.id("idNumber"), idNumber);
    browser.click(By.id("kc-real-name-submit"));
  }

  @Test
  void aBadCheckCharacterIsRefusedWithAMessageAndTheLevelStays() {
    try (Browser browser = atTheRealNameForm(1)) {
      assertTrue(browser.text(By.id("real-name-sandbox")).contains("沙箱"));
      submit(browser, SANDBOX_NAME, "320102199511200067"); // GB 11643: the check character is 8
      assertEquals(
          "身份证号有误：应为18位，前17位为数字，末位为数字或X，且校验位正确", browser.text(By.id("input-error-idNumber")));
      browser.screenshot("keycloak-real-name-bad-id");
      assertFalse(OidcTestClient.isCallback(browser.url()));
    }
    assertEquals("1", admin.realNameLevel(userId));
  }

  @Test
  void aNameThatDoesNotMatchTheNumberIsRefusedAndTheLevelStays() {
    try (Browser browser = atTheRealNameForm(1)) {
      submit(browser, "李四", SANDBOX_ID);
      browser.findExactText("身份证与姓名不一致，请核对后重新填写");
      assertFalse(OidcTestClient.isCallback(browser.url()));
    }
    assertEquals("1", admin.realNameLevel(userId));
  }

  @Test
  void afterFiveMismatchesEvenTheRightPairIsRefusedUntilLater() {
    // 003 Annex A 10027: 认证失败次数超限，请稍后再试 — the verifier is not asked again.
    try (Browser browser = atTheRealNameForm(1)) {
      for (int i = 0; i < 5; i++) {
        submit(browser, "李四" + i, SANDBOX_ID);
        browser.findExactText("身份证与姓名不一致，请核对后重新填写");
      }
      submit(browser, SANDBOX_NAME, SANDBOX_ID);
      browser.findExactText("认证失败次数超限，请稍后再试");
      assertFalse(OidcTestClient.isCallback(browser.url()));
    }
    assertEquals("1", admin.realNameLevel(userId));
  }

  @Test
  void aMatchRaisesTheLevelToThreeAndTheTokenCarriesItAsAcr() {
    try (Browser browser = atTheRealNameForm(2)) {
      submit(browser, SANDBOX_NAME, SANDBOX_ID);
      browser.waitUntil(driver -> OidcTestClient.isCallback(driver.getCurrentUrl()));
      JsonObject token = client.accessTokenClaims(browser.url());
      assertEquals(3, token.getInt("real_name_level"));
      assertEquals("3", token.getString("acr"));
    }
    assertEquals("3", admin.realNameLevel(userId));
    // The ID number is stored nowhere on the user, not even in an attribute.
    assertFalse(admin.get("/users/" + userId).body().contains(SANDBOX_ID));
  }

  @Test
  void aUserAlreadyAtLevelThreeStepsUpWithoutAForm() {
    admin.setRealNameLevel(userId, 3);
    try (Browser browser = new Browser()) {
      // Level 1 first, then the same SSO session asks for level 3 through the claims parameter.
      browser.open(client.authorizationUrl(Map.of()));
      browser.logInAtKeycloak(username, PASSWORD);
      browser.waitUntil(driver -> OidcTestClient.isCallback(driver.getCurrentUrl()));
      assertEquals("1", client.accessTokenClaims(browser.url()).getString("acr"));

      String essentialLevel3 = "{\"id_token\":{\"acr\":{\"essential\":true,\"values\":[\"3\"]}}}";
      browser.open(client.authorizationUrl(Map.of("claims", essentialLevel3)));
      browser.waitUntil(driver -> OidcTestClient.isCallback(driver.getCurrentUrl()));
      assertEquals("3", client.accessTokenClaims(browser.url()).getString("acr"));
    }
  }

  @Test
  void aClientWhoseMinimumIsLevelThreeGetsItWithoutAskingInTheRequest() {
    // A handling client can demand level 3 by its own settings (minimum.acr.value), not per
    // request.
    try (OidcTestClient handling = new OidcTestClient(admin, Map.of("minimum.acr.value", "3"));
        Browser browser = new Browser()) {
      browser.open(handling.authorizationUrl(Map.of()));
      browser.logInAtKeycloak(username, PASSWORD);
      submit(browser, SANDBOX_NAME, SANDBOX_ID);
      browser.waitUntil(driver -> OidcTestClient.isCallback(driver.getCurrentUrl()));
      JsonObject token = handling.accessTokenClaims(browser.url());
      assertEquals("3", token.getString("acr"));
      assertEquals(3, token.getInt("real_name_level"));
    }
  }

  @Test
  void levelFourIsRefusedInTheStandardsWordsSinceNoFaceVerificationExists() {
    admin.setRealNameLevel(userId, 3);
    try (Browser browser = new Browser()) {
      browser.open(client.authorizationUrl(Map.of("acr_values", "4")));
      browser.logInAtKeycloak(username, PASSWORD);
      // 003 Annex A 10003 已经登入，未验证人脸 (003 6.2.2.1 a: 登入（实名）+ 人脸验证).
      browser.waitForText(By.id("kc-error-message"), "已经登入，未验证人脸");
      assertFalse(OidcTestClient.isCallback(browser.url()));
    }
  }
}
