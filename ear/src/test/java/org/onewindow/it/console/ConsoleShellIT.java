package org.onewindow.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.AppCentreSetup;
import org.onewindow.it.support.Browser;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.onewindow.it.support.SampleUpstream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The console's shell in Chromium (issue 18 item 5): the side menu shows each user only the entries
 * their roles allow (deny by default), the header names the user, their roles and unit, breadcrumbs
 * lead group → page → item, the interface list is paged, sorted and searched on the server within
 * the unit's own records, and on a 360 px phone the menu folds behind ☰ and opens with it.
 * Screenshots: {@code target/screenshots/console-shell-*}.
 */
@PlatformIT
// Markup and page flow are the same on both databases; the browser walks run in the H2 run.
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
class ConsoleShellIT {

  private static final String CONSOLE = Platform.BASE_URL + "/console/";

  /** Every entry of the menu as it ships, by its element id. */
  private static final List<String> EVERY_ENTRY =
      List.of(
          "menu-dashboard",
          "menu-interfaces",
          "menu-apps",
          "menu-sensitive-words",
          "menu-filings",
          "menu-filing-form",
          "menu-filing-reviews",
          "menu-cases",
          "menu-online-cases",
          "menu-matters",
          "menu-matter-form",
          "menu-search-words",
          "menu-service-halls",
          "menu-hall-appointments",
          "menu-audit",
          "menu-jobs",
          "menu-messages");

  /** The interface list's first sortable column: the name. */
  private static final By NAME_HEADER =
      By.cssSelector("#list\\:table thead th.ui-sortable-column:first-child");

  @RegisterExtension static final Administrators administrators = new Administrators();

  private static AppCentreSetup unit;

  /** The unit's three draft interfaces, by name. */
  private static final List<String> interfaceNames = new ArrayList<>();

  private static long firstInterface;

  @BeforeAll
  static void aUnitWithThreeInterfaces() {
    unit = new AppCentreSetup(administrators, "外壳");
    for (int i = 0; i < 3; i++) {
      long id = unit.draftInterface(SampleUpstream.url("/bus/line"));
      if (i == 0) {
        firstInterface = id;
      }
    }
  }

  @Test
  void aUnitDeveloperSeesTheirEntriesTheirUnitAndTheirOwnInterfacesOnly() {
    try (Browser browser = new Browser()) {
      browser.open(CONSOLE);
      browser.logInAsAdministrator(unit.developer());
      browser.find(By.id("welcomeName"));

      // 000 8.2.4 and issues 18–19: a unit's developer works its own unit's interfaces, apps,
      // filings, cases and matters; the lexicon, the review queue, the audit trail and the jobs
      // are not theirs.
      assertEquals(
          List.of(
              "menu-dashboard",
              "menu-interfaces",
              "menu-apps",
              "menu-filings",
              "menu-filing-form",
              "menu-cases",
              "menu-online-cases",
              "menu-matters",
              "menu-matter-form",
              "menu-service-halls",
              "menu-hall-appointments",
              "menu-messages"),
          menuEntries(browser));
      assertTrue(browser.isShown(By.id("menu-group-filing")));
      assertFalse(browser.isShown(By.id("menu-group-ops")), "no group left empty");
      assertEquals(unit.unitName, browser.text(By.id("adminUnit")));
      assertEquals("接入单位开发者", browser.text(By.cssSelector("[data-user-role='unit-developer']")));
      assertEquals("王建国", browser.text(By.id("adminName")));
      assertEquals(List.of("首页"), crumbs(browser), "the start page is the trail's root");

      browser.click(By.id("menu-interfaces"));
      browser.waitForText(By.id("crumb-page"), "接口管理");
      assertEquals(List.of("首页", "应用管理中心", "接口管理"), crumbs(browser));
      assertTrue(
          browser.find(By.id("menu-interfaces")).getAttribute("class").contains("ow-active"));
      // Only the unit's own three, counted on the server.
      browser.waitForText(By.id("list:table"), "共 3 条");
      List<String> shown = names(browser);
      assertEquals(3, shown.size(), shown.toString());
      interfaceNames.addAll(shown);

      // Sorted on the server by the column's field: ascending, then descending.
      browser.click(NAME_HEADER);
      browser.waitUntil(d -> names(browser).equals(interfaceNames.stream().sorted().toList()));
      browser.click(NAME_HEADER);
      browser.waitUntil(
          d ->
              names(browser)
                  .equals(
                      interfaceNames.stream()
                          .sorted(java.util.Comparator.reverseOrder())
                          .toList()));

      // Searched on the server.
      String wanted = interfaceNames.get(1);
      browser.type(By.id("list:text"), wanted.substring(wanted.length() - 6));
      browser.click(By.id("list:show"));
      browser.waitUntil(d -> names(browser).equals(List.of(wanted)));
      browser.screenshot("console-shell-developer-desktop");

      browser.open(CONSOLE + "interface.xhtml?id=" + firstInterface);
      browser.find(By.id("crumb-item"));
      assertEquals(3, crumbs(browser).size() - 1);
      assertTrue(interfaceNames.contains(browser.text(By.id("crumb-item"))));
      assertEquals(
          CONSOLE + "interfaces.xhtml", browser.find(By.id("crumb-page")).getAttribute("href"));

      // The page's own constraint stays: the menu is not the check (web.xml).
      browser.open(CONSOLE + "audit.xhtml");
      assertEquals("无权访问管理控制台", browser.text(By.id("forbidden")));
    }
  }

  @Test
  void aPlatformAdministratorSeesEveryGroupAndTheAuditTrailsTrail() {
    try (Browser browser = new Browser()) {
      browser.open(CONSOLE);
      browser.logInAsAdministrator(administrators.platformAdmin());
      browser.find(By.id("welcomeName"));
      assertEquals(EVERY_ENTRY, menuEntries(browser));
      assertFalse(browser.isShown(By.id("adminUnit")), "a platform administrator has no unit");
      assertEquals("平台管理员", browser.text(By.cssSelector("[data-user-role='platform-admin']")));

      browser.click(By.id("menu-audit"));
      browser.find(By.id("audit:records"));
      assertEquals(List.of("首页", "运维", "审计日志"), crumbs(browser));
      assertFalse(widerThanTheWindow(browser), "the trail's wide rows scroll inside their panel");
      browser.screenshot("console-shell-admin-desktop");

      browser.click(By.id("lang:en"));
      browser.waitForText(By.id("crumb-group"), "Operations");
      assertEquals("Application centre", browser.text(By.cssSelector("#menu-group-appcenter h2")));
      browser.click(By.id("lang:zh"));
      browser.waitForText(By.id("crumb-group"), "运维");
    }
  }

  @Test
  void onA360PixelPhoneTheMenuFoldsBehindItsButtonAndOpensWithIt() {
    try (Browser browser = new Browser()) {
      browser.open(CONSOLE);
      browser.logInAsAdministrator(unit.developer());
      browser.find(By.id("welcomeName"));
      browser.emulatePhone(360, 740);
      browser.open(CONSOLE + "interfaces.xhtml");
      browser.find(By.id("list:table"));
      assertEquals(360L, ((Number) browser.run("return window.innerWidth;")).longValue());
      assertFalse(browser.isShown(By.id("menu-interfaces")), "folded away");
      assertTrue(browser.isShown(By.id("menuButton")));
      assertFalse(widerThanTheWindow(browser), "nothing wider than the phone");
      browser.screenshot("console-shell-phone");

      browser.click(By.id("menuButton"));
      browser.find(By.id("menu-interfaces"));
      assertEquals(12, menuEntries(browser).size());
      browser.screenshot("console-shell-phone-menu-open");
      browser.click(By.id("menu-apps"));
      browser.waitForText(By.id("crumb-page"), "应用管理");
      assertFalse(browser.isShown(By.id("menu-apps")), "a new page starts with the menu folded");
      browser.click(By.id("menuButton"));
      browser.find(By.id("menu-apps"));
      browser.click(By.id("menuButton"));
      browser.waitUntil(d -> !browser.isShown(By.id("menu-apps")));
    }
  }

  private static boolean widerThanTheWindow(Browser browser) {
    return (Boolean)
        browser.run(
            "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
  }

  /** The ids of the menu's links, in menu order. */
  private static List<String> menuEntries(Browser browser) {
    return browser.findAll(By.cssSelector("#sideMenu a.ow-menu-link")).stream()
        .map(a -> a.getAttribute("id"))
        .toList();
  }

  private static List<String> crumbs(Browser browser) {
    return browser.findAll(By.cssSelector("#breadcrumb li")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }

  private static List<String> names(Browser browser) {
    return browser.findAll(By.cssSelector("#list\\:table a.ow-interface-link")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
