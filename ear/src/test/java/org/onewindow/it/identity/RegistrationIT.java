package org.onewindow.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.onewindow.it.support.Browser;
import org.onewindow.it.support.KeycloakAdmin;
import org.onewindow.it.support.OidcTestClient;
import org.openqa.selenium.By;

/**
 * The unified registration page (统一注册, 002 6.4 a) in a real browser: Chinese, the realm's password
 * policy, and a new user who is a citizen at real-name level 1. Runs once, in the H2 run.
 */
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
class RegistrationIT {

  private final KeycloakAdmin admin = new KeycloakAdmin();
  private final OidcTestClient client = new OidcTestClient(admin);
  private final String username = "reg-" + UUID.randomUUID().toString().substring(0, 8);

  @AfterEach
  void cleanUp() {
    client.close();
    JsonArray users =
        Json.createReader(
                new StringReader(admin.get("/users?exact=true&username=" + username).body()))
            .readArray();
    if (!users.isEmpty()) {
      admin.delete("/users/" + users.getJsonObject(0).getString("id"));
    }
  }

  private void fillIn(Browser browser, String password) {
    browser.type(By.id("username"), username);
    browser.type(By.id("password"), password);
    browser.type(By.id("password-confirm"), password);
    browser.type(By.id("email"), username + "@example.cn");
    browser.type(By.id("lastName"), "孙");
    browser.type(By.id("firstName"), "小明");
    browser.click(By.id("kc-register"));
  }

  @Test
  void aCitizenRegistersOnTheChinesePageAndIsLevelOne() {
    try (Browser browser = new Browser()) {
      browser.open(client.registrationUrl());
      browser.findExactText("统一用户注册");
      assertTrue(browser.text(By.id("register-intro")).contains("实名一级"));
      browser.screenshot("keycloak-registration");

      fillIn(browser, "Register#2026x");
      browser.waitUntil(driver -> OidcTestClient.isCallback(driver.getCurrentUrl()));
      JsonObject token = client.accessTokenClaims(browser.url());
      assertEquals(username, token.getString("preferred_username"));
      assertEquals(1, token.getInt("real_name_level"));
      assertTrue(token.getJsonObject("realm_access").toString().contains("\"citizen\""));
      assertFalse(token.getJsonObject("realm_access").toString().contains("\"administrator\""));
    }
    String id = admin.userId(username);
    assertEquals("1", admin.realNameLevel(id));
    assertTrue(admin.get("/users/" + id + "/role-mappings/realm").body().contains("\"citizen\""));
  }

  @Test
  void aPasswordThePolicyRefusesIsExplainedAndNoAccountIsCreated() {
    try (Browser browser = new Browser()) {
      browser.open(client.registrationUrl());
      fillIn(browser, "weakpassword1");
      // The realm policy (GB/T 22239): upper case, special character… — Keycloak's own zh-CN words.
      browser.find(By.id("input-error-password"));
      assertTrue(browser.text(By.id("input-error-password")).contains("无效的密码"));
      assertFalse(OidcTestClient.isCallback(browser.url()));
    }
    assertEquals("[]", admin.get("/users?exact=true&username=" + username).body().strip());
  }
}
