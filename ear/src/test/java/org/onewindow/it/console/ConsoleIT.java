package org.onewindow.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.it.support.Administrator;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.Browser;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.openqa.selenium.By;

/** The administrators' console in a real browser, through the real Keycloak login page. */
@PlatformIT
// The console's pages in Chromium: JSF, markup and page flow are the same on both databases, and
// every service they call is driven through the API on both (the PostgreSQL run keeps its time for
// what the database changes); the browser walk runs once per build, in the H2 run.
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
class ConsoleIT {

  private static final String CONSOLE = Platform.BASE_URL + "/console/";

  @RegisterExtension static final Administrators administrators = new Administrators();

  /** The class's platform administrator (王建国, real-name level 3), not the demo admin. */
  private static Administrator admin;

  /** Its browser, signed in once for the class: a sign-in through the real pages takes seconds. */
  private static Browser administrator;

  @BeforeAll
  static void signInOnce() {
    admin = administrators.platformAdmin();
    administrator = new Browser();
    administrator.open(CONSOLE);
    administrator.logInAsAdministrator(admin);
    administrator.find(By.id("welcomeName"));
  }

  @AfterAll
  static void closeBrowser() {
    if (administrator != null) {
      administrator.close();
    }
  }

  /** The console's start page in the shared administrator's browser. */
  private static Browser adminInConsole() {
    administrator.open(CONSOLE);
    administrator.find(By.id("welcomeName"));
    return administrator;
  }

  /** A browser of its own, for a test that ends the session (the administrator's 2nd sign-in). */
  private static Browser newAdminInConsole() {
    Browser browser = new Browser();
    browser.open(CONSOLE);
    browser.logInAsAdministrator(admin);
    browser.find(By.id("welcomeName"));
    return browser;
  }

  @Test
  void aWrongPasswordShowsExactlyTheStandardsMessage() {
    // C 0103-2018 9.4 f (000 10.3 f): the message is exactly 用户名或密码不正确.
    try (Browser browser = new Browser()) {
      browser.open(CONSOLE);
      browser.logInAtKeycloak("reviewer", "not-the-password");
      browser.findExactText("用户名或密码不正确");
      browser.screenshot("keycloak-wrong-password");
      assertTrue(browser.isOnKeycloakLoginPage(), "still on the login page: " + browser.url());
    }
  }

  @Test
  void theConsoleShowsTheAdministratorsNameAndRolesInChinese() {
    Browser browser = adminInConsole();
    assertEquals("王建国", browser.text(By.id("welcomeName")));
    browser.screenshot("console-home-zh");
    assertEquals(admin.username(), browser.text(By.id("adminUsername")));
    // C 0114 level from the realm's user profile, carried by the ID token's real_name_level.
    assertEquals("3", browser.text(By.id("realNameLevel")));
    assertEquals("平台管理员", browser.text(By.cssSelector("[data-role='platform-admin']")));
    assertTrue(browser.pageSource().contains("管理控制台"));
  }

  @Test
  void theEnglishSwitchChangesTheLanguage() {
    Browser browser = adminInConsole();
    browser.click(By.id("lang:en"));
    browser.waitForText(By.cssSelector("[data-role='platform-admin']"), "Platform administrator");
    assertTrue(browser.pageSource().contains("OneWindow administration console"));
    browser.screenshot("console-home-en");
    browser.click(By.id("lang:zh"));
    browser.waitForText(By.cssSelector("[data-role='platform-admin']"), "平台管理员");
  }

  @Test
  void anAccessUnitRegisteredInTheConsoleIsListedThere() {
    String name = "浏览器测试单位-" + UUID.randomUUID().toString().substring(0, 8);
    Browser browser = adminInConsole();
    browser.type(By.id("units:name"), name);
    browser.type(By.id("units:divisionCode"), "320100");
    browser.click(By.id("units:register"));
    browser.waitForText(By.id("units:table"), name);
    browser.waitForText(By.id("units:table"), admin.username());
    browser.screenshot("console-access-units");
  }

  @Test
  void anInvalidDivisionCodeIsExplainedAndNothingIsSaved() {
    String name = "无效区划单位-" + UUID.randomUUID().toString().substring(0, 8);
    Browser browser = adminInConsole();
    browser.type(By.id("units:name"), name);
    browser.type(By.id("units:divisionCode"), "12ab");
    browser.click(By.id("units:register"));
    browser.findExactText("行政区划代码（divisionCode）应为6位数字");
    browser.open(CONSOLE);
    browser.find(By.id("units:table"));
    assertFalse(browser.text(By.id("units:table")).contains(name));
  }

  @Test
  void theCensusJobStartsFromTheConsoleAndItsStatusIsShown() {
    Browser browser = adminInConsole();
    browser.click(By.id("census:start"));
    browser.find(By.cssSelector("#census\\:executions .ow-job-status"));
    // The job runs asynchronously: refresh the table until the run has finished.
    browser.waitUntil(
        driver -> {
          driver.findElement(By.id("census:refresh")).click();
          return driver.findElements(By.cssSelector("#census\\:executions .ow-job-status")).stream()
              .anyMatch(cell -> cell.getText().equals("COMPLETED"));
        });
    assertTrue(
        browser.text(By.cssSelector("#census\\:executions .ow-job-exit")).startsWith("UNITS="));
    browser.screenshot("console-census-job");
  }

  @Test
  void signingOutEndsTheSsoSessionAndLandsOnThePortal() {
    try (Browser browser = newAdminInConsole()) {
      browser.click(By.id("logout"));
      assertEquals("欢迎使用一体化政务服务平台", browser.text(By.id("welcome")));
      // Keycloak's session is gone too: the console asks for a password again.
      browser.open(CONSOLE);
      browser.find(By.id("kc-login"));
      assertTrue(browser.isOnKeycloakLoginPage(), browser.url());
    }
  }

  @Test
  void aCitizenIsRefusedTheConsole() {
    try (Browser browser = new Browser()) {
      browser.open(CONSOLE);
      browser.logInAtKeycloak("citizen", Platform.DEMO_PASSWORD);
      assertEquals("无权访问管理控制台", browser.text(By.id("forbidden")));
    }
  }
}
