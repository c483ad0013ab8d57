package org.onewindow.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.it.support.Accessibility;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.Browser;
import org.onewindow.it.support.KeycloakAdmin;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.openqa.selenium.By;

/**
 * WCAG 2.1 AA on every portal page (issue 20 item 9; 000 8.1.2 f; 001 6.1 a, i; 000 10.3 e):
 * axe-core finds no violation of serious or critical impact on the pages of {@link PortalPages}, on
 * a 360 px phone and on a 1366 px desktop, signed out and signed in, and in the large-text and
 * high-contrast modes.
 */
@PlatformIT
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
class PortalAccessibilityIT {

  private static final String PASSWORD = "Access#2026x";

  @RegisterExtension static final Administrators administrators = new Administrators();

  private static PortalMatters matters;
  private static String matter;
  private static String hall;
  private static String citizen;
  private static String citizenId;

  @BeforeAll
  static void aPublishedMatterAndACitizen() {
    matters = new PortalMatters(administrators);
    matter = matters.publish(matters.matter("残疾人证办理"));
    hall = "it-a11y-" + UUID.randomUUID().toString().substring(0, 8);
    AppointmentHalls.register(hall, "无障碍测试单位", matter, "残疾人证办理");
    assertEquals(
        200,
        AppointmentHalls.open(hall, administrators.platformAdmin().consoleToken(), 5).status());
    citizen = "a11y-" + UUID.randomUUID().toString().substring(0, 8);
    // a fresh admin token: the one of class loading may have expired meanwhile
    citizenId =
        new KeycloakAdmin().createUser(citizen, "citizen", KeycloakAdmin.password(PASSWORD));
  }

  @AfterAll
  static void removeTheCitizen() {
    new KeycloakAdmin().delete("/users/" + citizenId);
  }

  /** The two viewports of the check: a small phone held upright, and a common desktop. */
  private enum Viewport {
    PHONE_360,
    DESKTOP_1366;

    void apply(Browser browser) {
      if (this == PHONE_360) {
        browser.emulatePhone(360, 740);
      } else {
        browser.stopEmulating();
        browser.resizeTo(1366, 900);
      }
    }
  }

  @Test
  void everyPublicPageHasNoSeriousViolationOnAPhoneOrADesktop() {
    List<AssertionError> failures = new ArrayList<>();
    try (Browser browser = new Browser()) {
      for (Viewport viewport : Viewport.values()) {
        viewport.apply(browser);
        for (String page : PortalPages.PUBLIC) {
          check(browser, page, viewport, failures);
        }
      }
    }
    assertEquals(List.of(), messages(failures));
  }

  @Test
  void theSignedInPagesHaveNoneEither() {
    List<AssertionError> failures = new ArrayList<>();
    try (Browser browser = new Browser()) {
      browser.open(Platform.BASE_URL + "/portal/me.xhtml");
      browser.logInAtKeycloak(citizen, PASSWORD);
      browser.find(By.id("username"));
      // a favourite and a footprint, so their lists are not empty
      browser.open(url("/portal/matter.xhtml?code={matter}"));
      browser.click(By.id("favourite:toggle"));
      browser.waitUntil(
          d ->
              "true".equals(d.findElement(By.id("favourite:toggle")).getAttribute("aria-pressed")));
      // a subscription, so that list is not empty either
      browser.click(By.id("subscription:toggle"));
      browser.waitUntil(
          d ->
              "true"
                  .equals(
                      d.findElement(By.id("subscription:toggle")).getAttribute("aria-pressed")));
      for (Viewport viewport : Viewport.values()) {
        viewport.apply(browser);
        for (String page : PortalPages.SIGNED_IN) {
          check(browser, page, viewport, failures);
        }
      }
    }
    assertEquals(List.of(), messages(failures));
  }

  /** The large-text and high-contrast switches: plain form posts, remembered, and still clean. */
  @Test
  void theLargeTextAndHighContrastModesAreRememberedAndStayClean() {
    List<AssertionError> failures = new ArrayList<>();
    try (Browser browser = new Browser()) {
      browser.open(url("/portal/matter.xhtml?code={matter}"));
      browser.click(By.id("largeText"));
      browser.waitUntil(
          d -> "true".equals(d.findElement(By.id("largeText")).getAttribute("aria-pressed")));
      browser.click(By.id("highContrast"));
      browser.waitUntil(
          d -> "true".equals(d.findElement(By.id("highContrast")).getAttribute("aria-pressed")));
      // back on the page it was switched on, and on every other page from now on
      assertEquals(url("/portal/matter.xhtml?code={matter}"), browser.url());
      browser.open(Platform.BASE_URL + "/portal/");
      String classes = browser.find(By.tagName("body")).getAttribute("class");
      assertEquals(true, classes.contains("ow-large-text") && classes.contains("ow-high-contrast"));
      browser.screenshot("portal-home-high-contrast");
      for (Viewport viewport : Viewport.values()) {
        viewport.apply(browser);
        for (String page : PortalPages.PUBLIC) {
          check(browser, page, viewport, failures);
        }
      }
      // and off again
      browser.click(By.id("highContrast"));
      browser.waitUntil(
          d -> "false".equals(d.findElement(By.id("highContrast")).getAttribute("aria-pressed")));
    }
    assertEquals(List.of(), messages(failures));
  }

  private static void check(
      Browser browser, String page, Viewport viewport, List<AssertionError> failures) {
    browser.open(url(page));
    browser.find(By.tagName("h1"));
    try {
      Accessibility.assertNoSeriousViolations(browser, page + " at " + viewport);
    } catch (AssertionError e) {
      failures.add(e);
    }
  }

  private static String url(String page) {
    return Platform.BASE_URL
        + page.replace("{matter}", matter)
            .replace("{hall}", hall)
            .replace("{day}", AppointmentHalls.inDays(2).toString())
            .replace("{agency}", URLEncoder.encode(matters.agency, StandardCharsets.UTF_8));
  }

  private static List<String> messages(List<AssertionError> failures) {
    return failures.stream().map(AssertionError::getMessage).toList();
  }
}
