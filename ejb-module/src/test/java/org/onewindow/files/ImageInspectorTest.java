package org.onewindow.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.appcenter.domain.AppFileKind;
import org.onewindow.common.InvalidInputException;

/** Icons and screenshots, judged by their headers alone. */
class ImageInspectorTest {

  private static final FileKind ICON = AppFileKind.ICON;
  private static final FileKind SHOT = AppFileKind.SCREENSHOT;

  @TempDir Path dir;

  @Test
  void pngDimensionsComeFromIhdr() throws IOException {
    assertEquals(new ImageSummary(FileFormat.PNG, 128, 128), inspect(Images.png(128, 128), ICON));
    assertEquals(new ImageSummary(FileFormat.PNG, 300, 40), inspect(Images.png(300, 40), SHOT));
  }

  @Test
  void jpegDimensionsComeFromTheFrameHeaderAfterOtherSegments() throws IOException {
    // ImageIO writes APP0 (JFIF) and DQT before SOF0: the walk must skip them
    assertEquals(new ImageSummary(FileFormat.JPEG, 120, 120), inspect(Images.jpeg(120, 120), ICON));
    assertEquals(new ImageSummary(FileFormat.JPEG, 200, 90), inspect(Images.jpeg(200, 90), SHOT));
  }

  @Test
  void aHandWrittenHeaderIsReadWithoutAnyPixels() throws IOException {
    assertEquals(
        new ImageSummary(FileFormat.PNG, 1080, 1920), inspect(Images.pngHeader(1080, 1920), SHOT));
  }

  @Test
  void absurdDeclaredDimensionsAreRefusedBeforeAnyDecode() {
    // 45 bytes claiming 100000 × 100000 pixels: 40 GB once decoded
    assertRefused(Images.pngHeader(100_000, 100_000), SHOT, "应用截图尺寸过大（100000×100000），最大 8192×8192");
    assertRefused(Images.pngHeader(8193, 100), SHOT, "应用截图尺寸过大（8193×100）");
    assertRefused(Images.pngHeader(5000, 5000), ICON, "应用图标尺寸过大（5000×5000），最大 4096×4096");
    assertRefused(
        Images.withJpegSize(Images.jpeg(16, 16), 9000, 9000), SHOT, "应用截图尺寸过大（9000×9000）");
  }

  @Test
  void theLimitsThemselvesAreAllowed() throws IOException {
    assertEquals(4096, inspect(Images.pngHeader(4096, 4096), ICON).width());
    assertEquals(8192, inspect(Images.pngHeader(8192, 8192), SHOT).height());
    assertEquals(108, inspect(Images.pngHeader(108, 108), ICON).width());
  }

  @Test
  void iconsMustBeSquare() {
    assertRefused(Images.png(200, 100), ICON, "应用图标必须是正方形，当前为 200×100");
    assertRefused(Images.jpeg(120, 121), ICON, "应用图标必须是正方形，当前为 120×121");
  }

  @Test
  void iconsMustNotBeTiny() {
    assertRefused(Images.png(107, 107), ICON, "应用图标尺寸过小（107×107），每边至少 108 像素");
  }

  @Test
  void zeroOrNegativeDimensionsAreUnreadable() {
    assertRefused(Images.pngHeader(0, 10), SHOT, "应用截图无法读取尺寸");
    assertRefused(Images.pngHeader(-1, 10), SHOT, "应用截图无法读取尺寸");
    assertRefused(Images.withJpegSize(Images.jpeg(16, 16), 16, 0), SHOT, "应用截图无法读取尺寸");
  }

  @Test
  void truncatedHeadersAreUnreadable() {
    assertRefused(Arrays.copyOf(Images.png(128, 128), 12), ICON, "应用图标无法读取尺寸");
    byte[] jpeg = Images.jpeg(128, 128);
    assertRefused(Arrays.copyOf(jpeg, 30), ICON, "应用图标无法读取尺寸");
    // SOI then EOI: no frame at all
    assertRefused(
        new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9}, ICON, "应用图标无法读取尺寸");
  }

  @Test
  void aPngWhoseFirstChunkIsNotIhdrIsUnreadable() {
    byte[] png = Images.pngHeader(128, 128);
    png[12] = 'X'; // IHDR → XHDR
    assertRefused(png, ICON, "应用图标无法读取尺寸");
  }

  @Test
  void otherFormatsAreRefusedByTheirBytes() {
    assertRefused(Zips.h5(), ICON, "应用图标必须是 PNG 或 JPEG 图片");
    assertRefused("GIF89a......".getBytes(), SHOT, "应用截图必须是 PNG 或 JPEG 图片");
    assertRefused(new byte[0], SHOT, "应用截图必须是 PNG 或 JPEG 图片");
  }

  private void assertRefused(byte[] image, FileKind kind, String message) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> inspect(image, kind));
    if (!e.getMessage().startsWith(message)) {
      throw new AssertionError("expected “" + message + "…” but was “" + e.getMessage() + "”");
    }
    assertEquals(kind.field(), e.field());
  }

  private ImageSummary inspect(byte[] image, FileKind kind) throws IOException {
    Path file = Files.write(Files.createTempFile(dir, "i", ".bin"), image);
    ImageLimits limits = kind == ICON ? ImageLimits.icon() : ImageLimits.screenshot();
    return new ImageInspector(limits).inspect(file, kind);
  }
}
