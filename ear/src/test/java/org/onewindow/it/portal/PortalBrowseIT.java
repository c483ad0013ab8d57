package org.onewindow.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.Browser;
import org.onewindow.it.support.KeycloakAdmin;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A citizen finds a matter in the portal (issue 20 items 1 and 2; 001 6.3, 7.1): the six facets
 * combine in the address with a count per value, the province → city → county cascade narrows it,
 * the matter's page shows its 001 7.1 elements for a citizen, and a signed-in citizen keeps it as a
 * favourite and finds it, and the footprint of the visit, in the user centre.
 */
@PlatformIT
// Pages in Chromium, nothing database-specific: the H2 run is enough (as PortalIT).
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
class PortalBrowseIT {

  private static final String PASSWORD = "Browse#2026x";

  @RegisterExtension static final Administrators administrators = new Administrators();

  private static PortalMatters matters;
  private static String licence;
  private static String enterpriseLicence;
  private static String school;
  private static String citizen;
  private static String citizenId;

  /*
   * The agency's three matters:
   *   licence            许可 自然人 交通 市级 跨地区 440305 南山区
   *   enterpriseLicence  许可 法人   交通 省级 定点   440000 广东省
   *   school             公共服务 自然人和法人 教育 县级 定点 440300 深圳市, markup in its texts
   */
  @BeforeAll
  static void threeMattersOfOneAgencyAndACitizen() {
    matters = new PortalMatters(administrators);
    licence = matters.publish(matters.matter("驾驶证补领"));
    enterpriseLicence =
        matters.publish(
            matters
                .matter("道路运输经营许可")
                .add("target", "LEGAL_PERSON")
                .add("exerciseLevel", "PROVINCIAL")
                .add("jurisdiction", "FIXED_LOCATION")
                .add("divisionCode", "440000"));
    school =
        matters.publish(
            matters
                .publicService("义务教育入学登记")
                .add("target", "BOTH")
                .add("theme", "EDUCATION")
                .add("exerciseLevel", "COUNTY")
                .add("jurisdiction", "FIXED_LOCATION")
                .add("divisionCode", "440300")
                .add("charged", false)
                .add("chargeStandard", "")
                .add("chargeItem", "")
                .add("consultation", "<script>document.title='x'</script>教育局咨询电话"));
    citizen = "browse-" + UUID.randomUUID().toString().substring(0, 8);
    // a fresh admin token: the one of class loading may have expired meanwhile
    citizenId =
        new KeycloakAdmin().createUser(citizen, "citizen", KeycloakAdmin.password(PASSWORD));
  }

  @AfterAll
  static void removeTheCitizen() {
    new KeycloakAdmin().delete("/users/" + citizenId);
  }

  private static String byAgency() {
    return Platform.BASE_URL
        + "/portal/matters.xhtml?agency="
        + URLEncoder.encode(matters.agency, StandardCharsets.UTF_8);
  }

  @Test
  void theFacetsCombineWithACountPerValueAndTheCascadeNarrowsByDivision() {
    try (Browser browser = new Browser()) {
      browser.resizeTo(1366, 1250);
      browser.open(Platform.BASE_URL + "/portal/");
      browser.find(By.id("hot"));
      browser.screenshot("portal-home-full"); // for the README
      browser.emulatePhone(360, 740);
      browser.screenshot("portal-home-phone");
      browser.stopEmulating();
      browser.resizeTo(1280, 900);
      browser.open(byAgency());
      assertEquals("3", total(browser));
      // 001 6.3.1: 行政权力 as a whole and by kind; 001 6.3.2: a matter for both counts twice
      assertEquals("2", count(browser, "nature", "administrative-power"));
      assertEquals("2", count(browser, "nature", "administrative-licensing"));
      assertEquals("1", count(browser, "nature", "public-service"));
      assertEquals("2", count(browser, "target", "natural-person"));
      assertEquals("2", count(browser, "target", "legal-person"));
      assertEquals("2", count(browser, "theme", "transport"));
      assertEquals("1", count(browser, "level", "county"));
      assertEquals("2", count(browser, "jurisdiction", "fixed-location"));
      assertEquals("3", count(browser, "agency", matters.agency));

      // a facet value is a link: the address carries the choice (shareable, no script)
      browser.click(By.cssSelector("#facet-theme li[data-value='transport'] a"));
      browser.waitUntil(d -> d.getCurrentUrl().contains("theme=transport"));
      assertEquals("2", total(browser));
      assertEquals(
          "true",
          browser
              .find(By.cssSelector("#facet-theme li[data-value='transport'] a"))
              .getAttribute("aria-current"));
      // the theme's own counts leave the theme out: education still counts its one matter
      assertEquals("1", count(browser, "theme", "education"));
      assertEquals("1", count(browser, "target", "legal-person"));

      // the cascade: province, then its cities, then a city's counties (a plain GET form)
      new Select(browser.find(By.id("province"))).selectByValue("440000");
      browser.click(By.id("regionApply"));
      browser.waitUntil(d -> d.getCurrentUrl().contains("province=440000"));
      assertTrue(browser.url().contains("theme=transport"), "the other facets stay");
      assertEquals("2", total(browser));
      assertTrue(optionText(browser, "city", "440300").startsWith("深圳市 (1)"));
      new Select(browser.find(By.id("city"))).selectByValue("440300");
      browser.click(By.id("regionApply"));
      browser.waitUntil(d -> d.getCurrentUrl().contains("city=440300"));
      assertEquals("1", total(browser));
      assertEquals(
          List.of(licence),
          browser.findAll(By.cssSelector("#results li")).stream()
              .map(li -> li.getAttribute("data-code"))
              .toList());
      assertTrue(optionText(browser, "county", "440305").startsWith("南山区 (1)"));
      browser.screenshot("portal-matters");

      // clearing the choice of a facet: the chosen link again
      browser.click(By.cssSelector("#facet-theme li[data-value='transport'] a"));
      browser.waitUntil(d -> !d.getCurrentUrl().contains("theme="));
      assertEquals("2", total(browser), "transport and education in 深圳市");
    }
  }

  @Test
  void aWrongParameterIsRefusedWithAMessageNotAnError() {
    try (Browser browser = new Browser()) {
      browser.open(Platform.BASE_URL + "/portal/matters.xhtml?theme=nonsense");
      assertTrue(browser.text(By.id("refusal")).contains("主题"), browser.text(By.id("refusal")));
    }
  }

  @Test
  void theMatterPageShowsItsElementsForACitizenAndKeepsAFavourite() {
    try (Browser browser = new Browser()) {
      browser.open(Platform.BASE_URL + "/portal/matter.xhtml?code=" + licence);
      assertEquals("驾驶证补领", browser.text(By.id("title")));
      // materials as a checklist, the process as steps, fees, where and when, how to complain
      assertEquals(2, browser.findAll(By.cssSelector("#materials input[type=checkbox]")).size());
      assertEquals(
          List.of("申请", "受理", "审核", "制证", "发证"),
          browser.findAll(By.cssSelector("#steps li")).stream().map(e -> e.getText()).toList());
      assertEquals("收费", browser.text(By.id("fee")));
      assertTrue(browser.text(By.id("location")).contains("一楼综合窗口"));
      assertEquals("12345政务服务便民热线", browser.text(By.id("complaint")));
      assertTrue(
          browser
              .find(By.id("apply"))
              .getAttribute("href")
              .endsWith("/portal/apply.xhtml?matter=" + licence));
      assertTrue(
          browser
              .find(By.id("shareUrl"))
              .getAttribute("value")
              .endsWith("matter.xhtml?code=" + licence));
      assertTrue(browser.isShown(By.id("copyLink")), "the copy button shows where script runs");
      assertEquals(List.of(), browser.contentSecurityPolicyViolations());
      browser.screenshot("portal-matter");
      browser.resizeTo(1366, 2300); // the whole page, for the README
      browser.screenshot("portal-matter-full");
      browser.resizeTo(1280, 900);

      // a visitor signs in to keep it, and comes back to the same page
      browser.click(By.id("signInToFavourite"));
      browser.logInAtKeycloak(citizen, PASSWORD);
      browser.waitUntil(d -> d.getCurrentUrl().contains("matter.xhtml?code=" + licence));
      browser.click(By.id("favourite:toggle"));
      browser.waitUntil(
          d ->
              "true".equals(d.findElement(By.id("favourite:toggle")).getAttribute("aria-pressed")));
      assertEquals("取消收藏", browser.find(By.id("favourite:toggle")).getAttribute("value"));

      browser.open(Platform.BASE_URL + "/portal/my-favourites.xhtml");
      assertEquals(
          List.of(licence),
          browser.findAll(By.cssSelector("#list li")).stream()
              .map(li -> li.getAttribute("data-code"))
              .toList());
      browser.screenshot("portal-favourites");

      // the visit after signing in left a footprint; it can be deleted
      browser.open(Platform.BASE_URL + "/portal/my-footprints.xhtml");
      assertTrue(browser.text(By.id("list")).contains("驾驶证补领"));
      browser.click(By.cssSelector("#list li[data-code='" + licence + "'] input[type=submit]"));
      browser.find(By.id("empty"));

      // removed from the favourites, it is gone from the list
      browser.open(Platform.BASE_URL + "/portal/my-favourites.xhtml");
      browser.click(By.cssSelector("#list li[data-code='" + licence + "'] input[type=submit]"));
      browser.find(By.id("empty"));
    }
  }

  @Test
  void markupInAMattersTextIsShownAsTextAndAWithdrawnOrUnknownCodeIsNotFound() {
    try (Browser browser = new Browser()) {
      browser.open(Platform.BASE_URL + "/portal/matter.xhtml?code=" + school);
      assertTrue(browser.text(By.id("consultation")).startsWith("<script>"));
      assertFalse(browser.pageSource().contains("<script>document.title"));
      assertEquals("不收费", browser.text(By.id("fee")));
      browser.open(Platform.BASE_URL + "/portal/matter.xhtml?code=NOSUCHMATTER01");
      assertEquals("事项不存在或已撤销", browser.text(By.id("title")));
    }
    assertFalse(enterpriseLicence.isEmpty());
  }

  private static String total(Browser browser) {
    return browser.find(By.id("total")).getAttribute("data-total");
  }

  private static String count(Browser browser, String facet, String value) {
    return browser
        .find(By.cssSelector("#facet-" + facet + " li[data-value='" + value + "']"))
        .getAttribute("data-count");
  }

  private static String optionText(Browser browser, String select, String code) {
    return browser
        .find(By.cssSelector("#" + select + " option[value='" + code + "']"))
        .getAttribute("textContent")
        .strip();
  }
}
