package org.onewindow.it.appcenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.it.support.Administrator;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.AppCentreSetup;
import org.onewindow.it.support.Browser;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.onewindow.it.support.SampleUpstream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The application centre in a real browser (issue 5, done when): an access unit's developer and a
 * platform reviewer, each signed in with password and OTP, walk an interface from registration
 * through its connectivity test to approval (000 9.4), then an app from its application through
 * binding, upload, review, publication, going offline and rectification back to publication (000
 * 9.3, 9.5).
 */
@PlatformIT
// The console's walk through the application centre in Chromium. The services it drives (register,
// test, review, apply, bind, publish) are driven through the API on both databases (AppCentreSetup,
// GatewayIT, InterfaceRegistryIT, CrossUnitBindingIT); the browser walk runs once per build, in the
// H2 run.
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
class AppCenterIT {

  private static final String CONSOLE = Platform.BASE_URL + "/console";

  @RegisterExtension static final Administrators administrators = new Administrators();

  private static SampleUpstream upstream;

  /** The class's own access unit, its developer's (no demo unit or demo developer). */
  private static AppCentreSetup unit;

  @TempDir static Path files;

  @BeforeAll
  static void anAccessUnitAndItsUpstream() {
    upstream = new SampleUpstream();
    unit = new AppCentreSetup(administrators, "浏览器流程");
  }

  @AfterAll
  static void stop() {
    upstream.close();
  }

  private static Browser signedIn(Administrator administrator) {
    Browser browser = new Browser();
    browser.open(CONSOLE + "/");
    browser.logInAsAdministrator(administrator);
    try {
      browser.find(By.id("welcomeName"));
    } catch (RuntimeException e) {
      browser.screenshot("appcenter-login-" + administrator);
      throw new AssertionError(administrator + " not signed in; page: " + browser.pageSource(), e);
    }
    return browser;
  }

  private static void fillParameter(Browser browser, String table, int row, String name) {
    List<WebElement> names =
        browser.findAll(By.cssSelector("#form\\:" + table + " input[id$=':pname']"));
    names.get(row).clear();
    names.get(row).sendKeys(name);
    List<WebElement> descriptions =
        browser.findAll(By.cssSelector("#form\\:" + table + " input[id$=':pdescription']"));
    descriptions.get(row).sendKeys(name + " 的说明");
  }

  private static Path h5Package() throws IOException {
    Path zip = files.resolve("bus-app.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("index.html"));
      out.write("<!doctype html><title>公交出行</title>".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
      out.putNextEntry(new ZipEntry("js/app.js"));
      out.write("console.log('bus');".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return zip;
  }

  private static Path icon() throws IOException {
    Path png = files.resolve("icon.png");
    try (OutputStream out = Files.newOutputStream(png)) {
      ImageIO.write(new BufferedImage(120, 120, BufferedImage.TYPE_INT_RGB), "png", out);
    }
    return png;
  }

  private static String status(Browser browser, String form) {
    return browser.text(By.id(form + ":status"));
  }

  @Test
  void anAccessUnitAndAReviewerTakeAnInterfaceAndAnAppAllTheWay() throws IOException {
    String interfaceName = "全国线路查询-" + UUID.randomUUID().toString().substring(0, 6);
    String appName = "公交出行-" + UUID.randomUUID().toString().substring(0, 6);
    try (Browser developer = signedIn(unit.developer());
        Browser reviewer = signedIn(administrators.reviewer())) {
      try {
        walk(developer, reviewer, interfaceName, appName);
      } catch (RuntimeException | AssertionError e) {
        // What each person saw when the walk stopped, for whoever reads the failure.
        developer.screenshot("appcenter-failed-developer");
        reviewer.screenshot("appcenter-failed-reviewer");
        throw e;
      }
    }
  }

  private static void walk(
      Browser developer, Browser reviewer, String interfaceName, String appName)
      throws IOException {
    {
      // 1. Register (000 9.4.2 示例7).
      developer.open(CONSOLE + "/interface-form.xhtml");
      developer.choose("form:unit", unit.unitName);
      developer.type(By.id("form:serviceName"), "全国公交查询");
      developer.type(By.id("form:name"), interfaceName);
      developer.type(By.id("form:address"), SampleUpstream.url("/bus/line"));
      developer.choose("form:protocol", "http");
      developer.type(By.id("form:divisionCode"), "110000");
      fillParameter(developer, "requestRows", 0, "city");
      developer.click(By.id("form:requestRowsAdd"));
      developer.waitUntil(
          d ->
              d.findElements(By.cssSelector("#form\\:requestRows input[id$=':pname']")).size()
                  == 2);
      fillParameter(developer, "requestRows", 1, "q");
      fillParameter(developer, "responseRows", 0, "result_code");
      developer.click(By.id("form:save"));
      developer.waitForText(By.id("review:status"), "草稿");
      String interfacePage = developer.url();

      // 2. Test it for real (000 9.4.3, 图4).
      developer.type(By.cssSelector("input[data-parameter='city']"), "北京");
      developer.type(By.cssSelector("input[data-parameter='q']"), "110");
      developer.click(By.id("test:send"));
      developer.waitForText(By.id("test:httpStatus"), "200");
      assertEquals("符合", developer.text(By.id("test:conforms")));
      assertTrue(developer.text(By.id("testBody")).contains("\"result_code\": \"100\""));
      developer.screenshot("appcenter-interface-test");

      // 3. Submit; the reviewer approves and puts it online.
      developer.click(By.id("review:submit"));
      developer.waitForText(By.id("review:status"), "待审核");
      reviewer.open(interfacePage);
      reviewer.click(By.id("review:approve"));
      reviewer.waitForText(By.id("review:status"), "审核通过");
      reviewer.click(By.id("review:online"));
      reviewer.waitForText(By.id("review:status"), "已上线");

      // 4. Apply for an app: the key and secrets are shown once.
      developer.open(CONSOLE + "/app-form.xhtml");
      developer.choose("form:unit", unit.unitName);
      developer.type(By.id("form:name"), appName);
      developer.type(By.id("form:description"), "公交线路查询");
      developer.type(By.id("form:pageUrl"), "http://localhost:18092/bus");
      developer.click(By.id("form:submit"));
      String appKey = developer.text(By.id("appKey"));
      assertTrue(appKey.startsWith("app-"), appKey);
      String sm4Key = developer.text(By.id("sm4Key"));
      assertEquals(32, sm4Key.length());
      assertTrue(developer.text(By.id("sm2PrivateKey")).contains("PRIVATE KEY"));
      developer.click(By.id("form:open"));
      developer.find(By.id("app:status"));
      String appPage = developer.url();

      // 5. Bind the interface, upload the H5 package.
      developer.choose("app:interface", interfaceName + "（" + unit.unitName + "）");
      developer.click(By.id("app:bind"));
      developer.waitForText(By.id("app:bindings"), interfaceName);
      developer.attach(By.id("files:file"), h5Package());
      developer.click(By.id("files:upload"));
      developer.waitForText(By.id("files:fileTable"), "bus-app.zip");
      // 000 9.3: tested before review — without a test record the submission is refused.
      developer.click(By.id("app:submit"));
      developer.findExactText("提交审核前请先填写本版本的功能测试记录");
      developer.type(By.id("app:noteText"), "在 iOS 与安卓模拟器中完成线路查询功能测试，通过");
      developer.click(By.id("app:writeNote"));
      developer.waitForText(By.id("app:notes"), "功能测试记录");
      developer.click(By.id("app:submit"));
      developer.waitForText(By.id("app:status"), "待审核");

      // 6. Review and publish; then offline with a reason (000 9.5).
      reviewer.open(appPage);
      reviewer.click(By.id("app:approve"));
      reviewer.waitForText(By.id("app:status"), "审核通过");
      reviewer.click(By.id("app:online"));
      reviewer.findExactText("请至少选择一个发布的分厅");
      // 000 8.2.3 b: publication to chosen halls, with the display configuration.
      reviewer.click(By.xpath("//label[text()='国家政务服务平台（国家厅）']"));
      reviewer.click(By.xpath("//label[text()='北京市分厅']"));
      reviewer.find(By.id("app:displayName")).clear();
      reviewer.type(By.id("app:displayName"), "公交出行");
      reviewer.click(By.id("app:online"));
      reviewer.waitForText(By.id("app:status"), "已上线");
      reviewer.waitForText(By.id("app:publications"), "北京市分厅");
      reviewer.type(By.id("app:reason"), "接口频繁超时");
      reviewer.click(By.id("app:offline"));
      reviewer.waitForText(By.id("app:status"), "已下线");
      assertEquals("接口频繁超时", reviewer.text(By.id("app:lastReason")));
      // 003 6.3.2.3: the unit re-issues its keys while offline (a leaked key never comes back
      // online); the new secrets are shown on that page once. Reviewers hold no app's keys.
      assertTrue(reviewer.findAll(By.id("credentials:reissue")).isEmpty(), "not for reviewers");
      developer.open(appPage);
      developer.click(By.id("credentials:reissue"));
      String newSm4Key = developer.text(By.id("newSm4Key"));
      assertEquals(32, newSm4Key.length());
      assertFalse(sm4Key.equals(newSm4Key), "a new SM4 key");
      assertTrue(developer.text(By.id("newSm2PrivateKey")).contains("PRIVATE KEY"));
      developer.open(appPage);
      developer.find(By.id("app:status"));
      assertTrue(developer.findAll(By.id("newSm4Key")).isEmpty(), "shown once");

      // 7. Rectify: a new revision with a new icon, reviewed and published again.
      developer.open(appPage);
      developer.click(By.id("app:rectify"));
      developer.waitForText(By.id("app:status"), "草稿");
      assertEquals("2", developer.text(By.id("app:revision")));
      new Select(developer.find(By.id("files:kind"))).selectByVisibleText("应用图标");
      developer.attach(By.id("files:file"), icon());
      developer.click(By.id("files:upload"));
      developer.waitForText(By.id("files:fileTable"), "icon.png");
      developer.type(By.id("app:noteText"), "整改后复测：超时问题已解决");
      developer.click(By.id("app:writeNote"));
      developer.waitForText(By.id("app:notes"), "整改后复测");
      developer.click(By.id("app:submit"));
      developer.waitForText(By.id("app:status"), "待审核");
      reviewer.open(appPage);
      reviewer.click(By.id("app:approve"));
      reviewer.waitForText(By.id("app:status"), "审核通过");
      reviewer.click(By.id("app:online"));
      reviewer.waitForText(By.id("app:status"), "已上线");
      reviewer.screenshot("appcenter-app-republished");

      // 000 8.2.3 d: a suggestion from the platform, archived by the unit with what it did.
      reviewer.choose("app:noteKind", "优化建议");
      reviewer.type(By.id("app:noteText"), "建议增加适老化大字模式");
      reviewer.click(By.id("app:writeNote"));
      reviewer.waitForText(By.id("app:notes"), "建议增加适老化大字模式");
      developer.open(appPage);
      developer.type(By.id("app:outcome"), "已在第 3 版增加大字模式");
      developer.click(By.cssSelector("#app\\:notes .ow-archive"));
      developer.waitForText(By.id("app:notes"), "已在第 3 版增加大字模式");
      assertTrue(reviewer.text(By.id("app:history")).contains("修改"));
    }
  }

  @Test
  void aReviewerNeverApprovesWhatTheyThemselvesSubmitted() {
    String name = "自审接口-" + UUID.randomUUID().toString().substring(0, 6);
    try (Browser admin = signedIn(administrators.platformAdmin())) {
      admin.open(CONSOLE + "/interface-form.xhtml");
      admin.choose("form:unit", unit.unitName);
      admin.type(By.id("form:name"), name);
      admin.type(By.id("form:address"), "https://bus.example.gov.cn/bus/line");
      admin.type(By.id("form:divisionCode"), "110000");
      admin.click(By.id("form:save"));
      admin.waitForText(By.id("review:status"), "草稿");
      admin.click(By.id("review:submit"));
      admin.waitForText(By.id("review:status"), "待审核");
      admin.click(By.id("review:approve"));
      admin.findExactText("提交人不能审核自己提交的接口，请由其他审核员审核");
      assertEquals("待审核", admin.text(By.id("review:status")));
    }
  }
}
