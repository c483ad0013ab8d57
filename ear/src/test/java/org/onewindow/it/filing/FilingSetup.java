package org.onewindow.it.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.onewindow.filing.testing.AndroidPackages;
import org.onewindow.filing.testing.BinaryManifest;
import org.onewindow.filing.testing.TestSigner;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.AppCentreSetup;
import org.onewindow.it.support.HttpJson;

/**
 * What a filing test sets up through the API, as a province's developer and a filing reviewer
 * would: an access unit of its own, its developer's token, a reviewer's token, and complete filings
 * with images and APKs the tests build and sign themselves (ejb-module's {@code filing.testing}).
 */
final class FilingSetup {

  static final String API = AppCentreSetup.API;

  final AppCentreSetup unit;
  final String developer;
  final String reviewer;

  FilingSetup(Administrators administrators, String prefix) {
    unit = new AppCentreSetup(administrators, prefix);
    developer = unit.developer().consoleToken();
    reviewer = administrators.filingReviewer().consoleToken();
  }

  /** A draft with every written field filled; its id. */
  long draft(String appName) {
    HttpJson.Reply started = HttpJson.postJson(API + "/filings", developer, fields(appName));
    assertEquals(201, started.status(), started.body());
    return started.json().getJsonObject("data").getJsonNumber("id").longValue();
  }

  static String fields(String appName) {
    return "{\"appName\":\""
        + appName
        + "\",\"description\":\"政务服务一网通办\",\"versionNotes\":\"首个版本\","
        + "\"responsibleDepartment\":\"测试省大数据局\",\"competentDepartment\":\"测试省人民政府办公厅\","
        + "\"competentDepartmentPhone\":\"0571-87654321\",\"supervisorName\":\"王建国\","
        + "\"supervisorPhone\":\"13912345678\",\"technicalUnit\":\"某科技有限公司\","
        + "\"technicalContactName\":\"李娜\",\"technicalContactPhone\":\"13812345678\","
        + "\"privacyPolicyText\":\"仅在您同意后使用相机扫码。\","
        + "\"permissionUses\":[{\"permission\":\"android.permission.CAMERA\",\"purpose\":\"扫码办事\"}],"
        + "\"testAccount\":\"tester\",\"loginFailureMessage\":\"用户名或密码不正确\"}";
  }

  /** Uploads the icon and three screenshots. */
  void images(long filing) {
    upload(filing, "icon", png(256, 256, Color.BLUE));
    for (int i = 0; i < 3; i++) {
      upload(filing, "screenshot", png(360, 640, new Color(40 * i, 120, 200)));
    }
  }

  private void upload(long filing, String kind, byte[] image) {
    HttpJson.Reply reply =
        HttpJson.sendBytes(
            "POST",
            API + "/filings/" + filing + "/images/" + kind,
            developer,
            "image/png",
            image,
            "X-File-Name",
            kind + ".png");
    assertEquals(201, reply.status(), reply.body());
  }

  /** Uploads an APK of {@code packageName} at {@code versionCode}, signed by {@code signer}. */
  HttpJson.Reply apk(long filing, String packageName, long versionCode, TestSigner signer) {
    return apk(
        filing,
        AndroidPackages.apk(
                BinaryManifest.of(packageName)
                    .versionCode(versionCode)
                    .versionName("1." + versionCode)
                    .sdk(24, 34)
                    .permissions("android.permission.CAMERA", "android.permission.INTERNET"))
            .signedBy(signer));
  }

  HttpJson.Reply apk(long filing, AndroidPackages apk) {
    try {
      Path file = Files.createTempFile("filing-it-", ".apk");
      try {
        apk.writeTo(file);
        return HttpJson.sendBytes(
            "PUT",
            API + "/filings/" + filing + "/package?platform=android",
            developer,
            "application/vnd.android.package-archive",
            Files.readAllBytes(file),
            "X-File-Name",
            "app.apk");
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Submits the filing as its developer. */
  void submit(long filing) {
    HttpJson.Reply submitted = transition(filing, developer, "submit", "");
    assertEquals(200, submitted.status(), submitted.body());
  }

  HttpJson.Reply transition(long filing, String token, String action, String reason) {
    return HttpJson.postJson(
        API + "/filings/" + filing + "/transitions",
        token,
        "{\"action\":\"" + action + "\",\"reason\":\"" + reason + "\"}");
  }

  /** The reviewer passes every item (c and those not applicable as the machine judged them). */
  void passAll(long filing) {
    for (char item = 'a'; item <= 'i'; item++) {
      HttpJson.Reply judged = judge(filing, String.valueOf(item), "pass", "");
      assertEquals(200, judged.status(), judged.body());
    }
  }

  HttpJson.Reply judge(long filing, String item, String verdict, String note) {
    return HttpJson.putJson(
        API + "/filings/" + filing + "/checklist/" + item,
        reviewer,
        "{\"verdict\":\"" + verdict + "\",\"note\":\"" + note + "\"}");
  }

  /** Approves as the reviewer; the record the approval issued. */
  JsonObject approve(long filing) {
    HttpJson.Reply approved = transition(filing, reviewer, "approve", "");
    assertEquals(200, approved.status(), approved.body());
    HttpJson.Reply record = HttpJson.get(API + "/filings/" + filing + "/record", developer);
    assertEquals(200, record.status(), record.body());
    return record.json().getJsonObject("data");
  }

  /** A complete, approved filing of {@code packageName}; its record. */
  JsonObject approvedFiling(String appName, String packageName, long code, TestSigner signer) {
    long filing = draft(appName);
    images(filing);
    HttpJson.Reply uploaded = apk(filing, packageName, code, signer);
    assertEquals(200, uploaded.status(), uploaded.body());
    submit(filing);
    passAll(filing);
    return approve(filing);
  }

  static byte[] png(int width, int height, Color color) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    var graphics = image.createGraphics();
    graphics.setColor(color);
    graphics.fillRect(0, 0, width, height);
    graphics.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
