package org.onewindow.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.filing.testing.AndroidPackages;
import org.onewindow.filing.testing.BinaryManifest;
import org.onewindow.filing.testing.TestSigner;
import org.onewindow.it.support.Administrator;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.AppCentreSetup;
import org.onewindow.it.support.Browser;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Mobile-end filing in Chromium, as issue 18's "Done when" walks it: a province's developer files
 * an app through the console (draft → the completeness list 000 10.3 a → uploads → complete →
 * submit); a filing reviewer opens 备案审核, passes the checklist 000 10.3 a)–i) item by item and
 * approves; the record's PDF, downloaded from the console, carries a QR code that opens the public
 * verification page, which says the record is valid — and tampered when one character of the
 * signature is changed. The developer's message centre has the approval. Screenshot of the review
 * page: {@code docs/screenshots/filing-review.png}.
 */
@PlatformIT
// Markup and page flow are the same on both databases; the browser walks run in the H2 run.
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
class FilingConsoleIT {

  private static final String CONSOLE = Platform.BASE_URL + "/console/";

  private static final String PACKAGE = "cn.gov.example.filing" + suffix();

  @RegisterExtension static final Administrators administrators = new Administrators();

  private static String suffix() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 6);
  }

  @Test
  void aDeveloperFilesAnAppAndAReviewerApprovesItIntoARecordWhoseQrCodeVerifies() throws Exception {
    AppCentreSetup unit = new AppCentreSetup(administrators, "备案");
    Administrator developer = unit.developer();
    Administrator reviewer = administrators.filingReviewer();
    String appName = "掌上办" + suffix();
    Path work = Files.createTempDirectory("filing-console-it");

    long filing;
    try (Browser browser = new Browser()) {
      browser.open(CONSOLE);
      browser.logInAsAdministrator(developer);
      browser.find(By.id("welcomeName"));

      // A draft: the name first, saved — a row of the database from now on.
      browser.click(By.id("menu-filing-form"));
      assertEquals(List.of("首页", "移动端备案", "新建备案"), crumbs(browser).subList(0, 3));
      browser.type(By.id("form:appName"), appName);
      browser.click(By.id("form:save"));
      browser.waitUntil(d -> browser.url().contains("filing-form.xhtml?id="));
      filing = Long.parseLong(browser.url().replaceAll(".*[?&]id=(\\d+).*", "$1"));
      browser.find(By.id("missing"));

      // The rest of the form (000 10.2; 10.3 f, h, i), saved: what is left are the files.
      fill(browser);
      WebElement before = browser.find(By.id("missing"));
      browser.click(By.id("form:save"));
      browser.waitUntil(ExpectedConditions.stalenessOf(before));
      assertFalse(missing(browser).contains("负责部门"), missing(browser).toString());
      List<String> missing = missing(browser);
      assertTrue(missing.stream().anyMatch(m -> m.contains("图标")), missing.toString());
      assertTrue(missing.stream().anyMatch(m -> m.contains("截图")), missing.toString());
      assertTrue(missing.stream().anyMatch(m -> m.contains("安装包")), missing.toString());
      assertEquals(
          "13912345678", browser.find(By.id("form:supervisorPhone")).getAttribute("value"));

      // Uploads (001 5.1–5.3; 000 10.1): a 256 px icon, three screenshots, an APK signed here.
      browser.attach(By.id("files:icon"), png(work, "icon.png", 256, 256, Color.BLUE));
      browser.click(By.id("files:uploadIcon"));
      browser.find(By.id("iconImage"));
      for (int i = 0; i < 3; i++) {
        int shots = i + 1;
        browser.attach(
            By.id("files:screenshot"),
            png(work, "shot" + i + ".png", 360, 640, new Color(40 * i, 120, 200)));
        browser.click(By.id("files:uploadScreenshot"));
        browser.waitUntil(
            d -> browser.findAll(By.cssSelector(".ow-screenshot img")).size() == shots);
      }
      Path apk = work.resolve("app.apk");
      AndroidPackages.apk(
              BinaryManifest.of(PACKAGE)
                  .versionCode(10)
                  .versionName("1.0")
                  .sdk(24, 34)
                  .permissions("android.permission.CAMERA"))
          .signedBy(TestSigner.rsa("x"))
          .writeTo(apk);
      new Select(browser.find(By.id("files:platform"))).selectByValue("android");
      browser.attach(By.id("files:installPackage"), apk);
      browser.click(By.id("files:uploadPackage"));
      assertEquals(PACKAGE, browser.text(By.id("packageName")));
      browser.find(By.id("complete"));
      assertFalse(browser.isShown(By.id("missing")), "nothing missing any more");

      browser.click(By.id("form:submit"));
      browser.waitUntil(d -> browser.url().contains("filing.xhtml?id=" + filing));
      assertEquals("SUBMITTED", browser.find(By.id("status")).getAttribute("data-status"));
    }

    String number;
    String verificationUrl;
    try (Browser browser = new Browser()) {
      browser.open(CONSOLE);
      browser.logInAsAdministrator(reviewer);
      browser.find(By.id("welcomeName"));

      // 备案审核 opens on the submitted filings; the filing is among them.
      browser.click(By.id("menu-filing-reviews"));
      browser.find(By.id("list:table"));
      browser.type(By.id("list:text"), appName);
      browser.click(By.id("list:show"));
      browser.waitForText(By.id("list:table"), appName);
      // The search's Ajax answer may replace the row under the click: click the row as it stands.
      browser.waitUntil(
          d -> {
            List<WebElement> links = d.findElements(By.linkText(appName));
            if (links.isEmpty()) {
              return false;
            }
            links.get(0).click();
            return true;
          });
      browser.find(By.id("review:checklist"));
      assertEquals(PACKAGE, browser.text(By.id("packageName")));
      assertEquals(List.of("首页", "移动端备案", "备案审核", appName), crumbs(browser));

      // 000 10.3 a)–i), item by item, each saved on its own.
      List<String> items = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i");
      for (int row = 0; row < items.size(); row++) {
        String item = items.get(row);
        new Select(browser.find(By.id("review:checklist:" + row + ":verdict")))
            .selectByValue("pass");
        browser.click(By.id("review:checklist:" + row + ":judge"));
        browser.find(By.cssSelector("#verdictLabel-" + item + "[data-verdict='PASS']"));
      }
      // The whole page at a desktop width, for the README.
      long height =
          ((Number) browser.run("return document.documentElement.scrollHeight;")).longValue();
      browser.resizeTo(1280, (int) Math.min(4000, height + 140));
      browser.run("window.scrollTo(0, 0);");
      browser.screenshot("filing-review");
      Path docs = Path.of("..", "docs", "screenshots");
      Files.createDirectories(docs);
      Files.copy(
          Path.of("target", "screenshots", "filing-review-h2.png"),
          docs.resolve("filing-review.png"),
          StandardCopyOption.REPLACE_EXISTING);
      browser.resizeTo(1280, 900);

      browser.click(By.id("review:approve"));
      number = browser.text(By.id("recordNumber"));
      assertFalse(number.isBlank());
      assertEquals("APPROVED", browser.find(By.id("status")).getAttribute("data-status"));
      assertEquals("VALID", browser.find(By.id("recordStatus")).getAttribute("data-status"));

      // The record's PDF as the console serves it, with the browser's own session.
      byte[] pdf = download(browser, browser.find(By.id("recordPdf")).getAttribute("href"));
      verificationUrl = qrCode(pdf);
      assertTrue(
          verificationUrl.startsWith(Platform.BASE_URL + "/portal/filing-verification.xhtml?no="),
          verificationUrl);
      assertTrue(
          verificationUrl.contains(URLEncoder.encode(number, StandardCharsets.UTF_8))
              || verificationUrl.contains(number),
          verificationUrl);

      // The export of the list as the console serves it.
      String csv =
          new String(
              download(browser, CONSOLE + "filing-export?format=csv&text=" + appName),
              StandardCharsets.UTF_8);
      assertTrue(csv.contains(appName) && csv.contains(number), csv);

      // The filing's page on a 360 px phone: the tables reflow, nothing wider than the phone.
      browser.emulatePhone(360, 740);
      browser.open(CONSOLE + "filing.xhtml?id=" + filing);
      browser.find(By.id("recordNumber"));
      browser.screenshot("filing-record-phone");
      assertEquals(
          Boolean.FALSE,
          browser.run(
              "return document.documentElement.scrollWidth > document.documentElement.clientWidth;"),
          () -> "nothing wider than the phone: " + widerThanThePage(browser));
    }

    try (Browser browser = new Browser()) {
      // The QR code's page: public, no login.
      browser.open(verificationUrl);
      assertEquals("VALID", browser.find(By.id("outcome")).getAttribute("data-outcome"));
      browser.open(withOneSignatureCharacterChanged(verificationUrl));
      assertEquals("TAMPERED", browser.find(By.id("outcome")).getAttribute("data-outcome"));
    }

    try (Browser browser = new Browser()) {
      // 我的消息: the developer hears of the approval, with a link to the filing.
      browser.open(CONSOLE + "messages.xhtml");
      browser.logInAsAdministrator(developer);
      browser.find(By.id("notices:table"));
      WebElement link =
          browser.find(By.cssSelector("a.ow-notice-link[href$='filing.xhtml?id=" + filing + "']"));
      assertFalse(link.getText().isBlank());
      String unreadBefore = browser.text(By.id("notices:unread"));
      browser.click(By.id("notices:table:0:markRead"));
      browser.waitUntil(d -> !browser.text(By.id("notices:unread")).equals(unreadBefore));
    }
  }

  /** The innermost elements that reach past the page's right edge, to say what to fix. */
  private static Object widerThanThePage(Browser browser) {
    return browser.run(
        "const w = document.documentElement.clientWidth;"
            + "return [...document.querySelectorAll('body *')]"
            + ".filter(e => e.getBoundingClientRect().right > w + 1"
            + " && ![...e.children].some(c => c.getBoundingClientRect().right > w + 1))"
            + ".slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className"
            + " + ' ' + Math.round(e.getBoundingClientRect().right));");
  }

  /** The form's written fields as a province's developer fills them in. */
  private static void fill(Browser browser) {
    Map<String, String> fields =
        Map.ofEntries(
            Map.entry("description", "政务服务移动端，一网通办。"),
            Map.entry("versionNotes", "首个版本"),
            Map.entry("responsibleDepartment", "测试省大数据局"),
            Map.entry("competentDepartment", "测试省人民政府办公厅"),
            Map.entry("competentDepartmentPhone", "0571-87654321"),
            Map.entry("supervisorName", "王建国"),
            Map.entry("supervisorPhone", "13912345678"),
            Map.entry("technicalUnit", "某科技有限公司"),
            Map.entry("technicalContactName", "李娜"),
            Map.entry("technicalContactPhone", "13812345678"),
            Map.entry("privacyPolicyText", "仅在您同意后使用相机扫码。"),
            Map.entry("testAccount", "tester"),
            Map.entry("loginFailureMessage", "用户名或密码不正确"));
    fields.forEach((field, value) -> browser.type(By.id("form:" + field), value));
    browser.type(By.id("form:permissions:0:permission"), "android.permission.CAMERA");
    browser.type(By.id("form:permissions:0:purpose"), "扫码办事");
  }

  private static List<String> missing(Browser browser) {
    return browser.findAll(By.cssSelector("#missing li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private static List<String> crumbs(Browser browser) {
    browser.find(By.id("breadcrumb"));
    return browser.findAll(By.cssSelector("#breadcrumb li")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }

  /** Fetches {@code url} in the page, with its session, and returns the body's bytes. */
  private static byte[] download(Browser browser, String url) {
    Object base64 =
        browser.runAsync(
            "const done = arguments[arguments.length - 1];"
                + "fetch('"
                + url
                + "', {credentials: 'same-origin'})"
                + ".then(r => { if (!r.ok) throw new Error('HTTP ' + r.status); return r.blob(); })"
                + ".then(b => new Promise(res => { const f = new FileReader();"
                + " f.onload = () => res(f.result.split(',')[1] || ''); f.readAsDataURL(b); }))"
                + ".then(done, e => done('ERROR ' + e.message));");
    String text = String.valueOf(base64);
    assertFalse(text.startsWith("ERROR"), url + ": " + text);
    return Base64.getDecoder().decode(text);
  }

  /**
   * The QR code on the PDF's first page, as a scanner reads it: the page rendered at 150 dpi, and
   * at 200 and 300 dpi when the whole page's text misleads the detector at the first resolution.
   */
  private static String qrCode(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      NotFoundException last = null;
      for (int dpi : new int[] {150, 200, 300}) {
        BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, dpi);
        int[] pixels =
            page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        BinaryBitmap bitmap =
            new BinaryBitmap(
                new HybridBinarizer(
                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
        try {
          return new MultiFormatReader()
              .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
              .getText();
        } catch (NotFoundException e) {
          last = e;
        }
      }
      throw new AssertionError("no QR code on the record's PDF", last);
    }
  }

  /** The same address with one character of its {@code sig} changed (another Base64 letter). */
  static String withOneSignatureCharacterChanged(String url) {
    int start = url.indexOf("sig=") + 4;
    int end = url.indexOf('&', start) < 0 ? url.length() : url.indexOf('&', start);
    String sig = URLDecoder.decode(url.substring(start, end), StandardCharsets.UTF_8);
    int at = sig.length() / 2;
    while (!Character.isLetterOrDigit(sig.charAt(at))) {
      at++;
    }
    char changed = sig.charAt(at) == 'A' ? 'B' : 'A';
    String tampered = sig.substring(0, at) + changed + sig.substring(at + 1);
    assertNotEquals(sig, tampered);
    return url.substring(0, start)
        + URLEncoder.encode(tampered, StandardCharsets.UTF_8)
        + url.substring(end);
  }

  private static Path png(Path dir, String name, int width, int height, Color color)
      throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    var graphics = image.createGraphics();
    graphics.setColor(color);
    graphics.fillRect(0, 0, width, height);
    graphics.setColor(Color.WHITE);
    graphics.fillOval(width / 4, height / 4, width / 2, width / 2);
    graphics.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    Path file = dir.resolve(name);
    Files.write(file, out.toByteArray());
    return file;
  }
}
