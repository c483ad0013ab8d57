package org.onewindow.filing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.common.Message;
import org.onewindow.crypto.sm2.Sm2Keys;
import org.onewindow.filing.domain.PackagePlatform;
import org.onewindow.filing.domain.RecordFacts;
import org.onewindow.filing.domain.RecordSignature;

/**
 * The filing record's PDF: one A4 page that states every fact with its label, the signature and the
 * key, and a QR code a phone reads as the verification address. Needs {@code fonts-wqy-microhei}
 * (skipped without it; the missing-font refusal is tested regardless).
 */
class FilingRecordPdfTest {

  private static final String URL =
      "https://onewindow.example.gov.cn/portal/filing/verify?number=330000-2026-000123-4";

  private static final Sm2Keys.Pair KEY = Sm2Keys.generate();

  private static void needsTheFont() {
    assumeTrue(
        Files.isReadable(FilingRecordPdf.DEFAULT_FONT), "fonts-wqy-microhei is not installed");
  }

  static RecordFacts facts() {
    return new RecordFacts(
        "330000-2026-000123-4",
        "掌上办事",
        "示例省大数据发展管理局",
        "330000",
        PackagePlatform.ANDROID,
        "cn.gov.example.zsbs",
        "7.12.0",
        71_200L,
        "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
        "",
        Instant.parse("2026-12-06T02:15:30Z"),
        Instant.parse("2026-12-06T02:15:30Z"),
        Instant.parse("2029-12-05T02:15:30Z"),
        "platform-sm2-2026-01");
  }

  private static byte[] render(Locale locale, byte[] signature) {
    needsTheFont();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new FilingRecordPdf(FilingRecordPdf.DEFAULT_FONT).render(facts(), signature, URL, locale, out);
    return out.toByteArray();
  }

  @Test
  void theRecordIsOneA4PageWithTheFontEmbedded() throws IOException {
    try (PDDocument document = Loader.loadPDF(render(Locale.CHINA, signature()))) {
      assertEquals(1, document.getNumberOfPages());
      PDRectangle box = document.getPage(0).getMediaBox();
      assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 0.01);
      assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 0.01);
      for (var name : document.getPage(0).getResources().getFontNames()) {
        PDFont font = document.getPage(0).getResources().getFont(name);
        assertTrue(font.isEmbedded(), font.getName());
        assertTrue(font.getName().contains("WenQuanYi"), font.getName());
      }
    }
  }

  @Test
  void theTextStatesTheTitleEveryLabelAndEveryValue() throws IOException {
    byte[] signature = signature();
    String text = text(render(Locale.CHINA, signature));
    for (String expected :
        new String[] {
          "移动端应用备案凭证",
          "备案编号",
          "330000-2026-000123-4",
          "应用名称",
          "掌上办事",
          "负责部门",
          "示例省大数据发展管理局",
          "行政区划代码",
          "安装包类型",
          "安卓安装包（APK）",
          "包名",
          "cn.gov.example.zsbs",
          "版本名称",
          "7.12.0",
          "版本号",
          "71200",
          "安装包 SM3 摘要",
          "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
          "签名证书 SM3 摘要",
          "无（该类安装包不含签名证书）",
          "签发时间",
          "2026-12-06 10:15:30（北京时间）", // 02:15:30 UTC in China Standard Time
          "有效期起",
          "2026-12-06",
          "有效期止",
          "2029-12-05",
          "签名密钥标识",
          "platform-sm2-2026-01",
          "平台 SM2 签名（Base64）",
          "扫描二维码",
          URL
        }) {
      assertTrue(text.contains(expected), expected + " missing from:\n" + text);
    }
    assertTrue(
        text.contains(Base64.getEncoder().encodeToString(signature)),
        "the signature, wrapped, reads back whole:\n" + text);
  }

  @Test
  void englishLabelsOnRequest() throws IOException {
    String text = text(render(Locale.ENGLISH, signature()));
    assertTrue(text.contains("Mobile App Filing Record"), text);
    assertTrue(text.contains("Filing number"), text);
    assertTrue(text.contains("掌上办事"), "the facts stay as filed");
  }

  @Test
  void theQrCodeReadsAsTheVerificationAddress() throws Exception {
    try (PDDocument document = Loader.loadPDF(render(Locale.CHINA, signature()))) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
      int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
      BinaryBitmap bitmap =
          new BinaryBitmap(
              new HybridBinarizer(
                  new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
      String decoded =
          new QRCodeReader()
              .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
              .getText();
      assertEquals(URL, decoded);
    }
  }

  @Test
  void aMissingFontIsRefusedWithTheMessageThatNamesThePackage(@TempDir Path directory) {
    Path missing = directory.resolve("wqy-microhei.ttc");
    RecordFontMissingException e =
        assertThrows(
            RecordFontMissingException.class,
            () ->
                new FilingRecordPdf(missing)
                    .render(facts(), signature(), URL, new ByteArrayOutputStream()));
    assertEquals(
        Message.of("filing.record.fontMissing", missing.toString()), e.text().orElseThrow());
    assertTrue(e.getMessage().contains("fonts-wqy-microhei"), e.getMessage());
    assertTrue(e.message(Locale.ENGLISH).contains("fonts-wqy-microhei"));
  }

  @Test
  void aFileThatIsNoFontIsRefusedTheSameWay(@TempDir Path directory) throws IOException {
    Path notAFont = Files.writeString(directory.resolve("font.ttc"), "not a font");
    assertThrows(
        RecordFontMissingException.class,
        () ->
            new FilingRecordPdf(notAFont)
                .render(facts(), signature(), URL, new ByteArrayOutputStream()));
  }

  @Test
  void theFontComesFromTheSystemPropertyWhenSet() {
    String before = System.getProperty(FilingRecordPdf.FONT_PROPERTY);
    try {
      System.setProperty(FilingRecordPdf.FONT_PROPERTY, "/opt/fonts/some.ttf");
      assertEquals(Path.of("/opt/fonts/some.ttf"), FilingRecordPdf.configuredFont());
      System.clearProperty(FilingRecordPdf.FONT_PROPERTY);
      assertEquals(FilingRecordPdf.DEFAULT_FONT, FilingRecordPdf.configuredFont());
    } finally {
      if (before != null) {
        System.setProperty(FilingRecordPdf.FONT_PROPERTY, before);
      }
    }
  }

  private static byte[] signature() {
    return RecordSignature.sign(KEY.privateKey(), facts());
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // the wrapped signature and address read back whole without the line breaks
      return new PDFTextStripper().getText(document).replace("\r", "").replace("\n", "");
    }
  }
}
