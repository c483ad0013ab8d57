package org.onewindow.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onewindow.appcenter.domain.AppFileKind;
import org.onewindow.common.InvalidInputException;

/** Zip packages (000 9.3 应用上传): what is accepted, and every way a package is refused. */
class PackageInspectorTest {

  private static final FileKind H5 = AppFileKind.H5_PACKAGE;
  private static final FileKind APK = AppFileKind.ANDROID_PACKAGE;

  @TempDir Path dir;

  @Test
  void aGoodH5PackageIsSummarised() throws IOException {
    byte[] zip = Zips.h5();
    PackageSummary summary = inspect(zip, H5, ZipLimits.h5());
    assertEquals(4, summary.entryCount());
    assertEquals("index.html", summary.entryPoint());
    assertEquals(
        Zips.text("<!doctype html><title>办事</title><script src=app.js></script>").length
            + Zips.text("lightAppJssdk.user.getTicket({success: function (d) {}});").length
            + Zips.text("body { margin: 0 }").length,
        summary.inflatedBytes());
  }

  @Test
  void anH5PackageMayHoldOneTopLevelFolderWithTheIndex() throws IOException {
    byte[] zip = Zips.zip("dist/", "dist/index.html", "dist/js/app.js");
    assertEquals("dist/index.html", inspect(zip, H5, ZipLimits.h5()).entryPoint());
  }

  @Test
  void macOsFolderAndFinderFileDoNotCountAsSecondFolder() throws IOException {
    byte[] zip = Zips.zip("dist/index.html", "__MACOSX/dist/._index.html", ".DS_Store");
    assertEquals("dist/index.html", inspect(zip, H5, ZipLimits.h5()).entryPoint());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "app.js",
        "Index.HTML,app.js",
        "dist/index.html,other/readme.txt",
        "README.txt,dist/index.html",
        "dist/sub/index.html",
        "index.html/"
      })
  void anH5PackageWithoutIndexIsRefused(String names) {
    byte[] zip = Zips.zip(names.split(","));
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> inspect(zip, H5, ZipLimits.h5()));
    assertTrue(e.getMessage().startsWith("H5 应用包缺少 index.html"), e.getMessage());
    assertEquals("h5Package", e.field());
  }

  @Test
  void aMinimalApkIsAccepted() throws IOException {
    PackageSummary summary = inspect(Zips.apk(), APK, ZipLimits.apk());
    assertEquals(3, summary.entryCount());
    assertEquals("AndroidManifest.xml", summary.entryPoint());
    assertEquals(24, summary.inflatedBytes());
  }

  @Test
  void anApkMaySplitItsCodeIntoNumberedDexFiles() throws IOException {
    byte[] zip = Zips.zip("AndroidManifest.xml", "classes2.dex");
    assertEquals("AndroidManifest.xml", inspect(zip, APK, ZipLimits.apk()).entryPoint());
  }

  @Test
  void anApkWithoutManifestOrCodeIsRefused() {
    assertRefused(Zips.zip("classes.dex"), APK, ZipLimits.apk(), "APK 缺少 AndroidManifest.xml");
    assertRefused(Zips.zip("AndroidManifest.xml"), APK, ZipLimits.apk(), "APK 缺少 classes.dex");
    assertRefused(
        Zips.zip("AndroidManifest.xml", "lib/classes.dex"),
        APK,
        ZipLimits.apk(),
        "APK 缺少 classes.dex");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../evil",
        "a/../../evil",
        "/abs",
        "a\\b",
        "..\\evil",
        "C:x",
        "C:/Windows/x",
        "a\u0000b",
        "a\nb",
        "./index.html",
        "a//b",
        "a/./b"
      })
  void zipSlipNamesAreRefused(String name) {
    byte[] zip = Zips.zip("index.html", name);
    assertRefused(zip, H5, ZipLimits.h5(), "压缩包含非法路径：");
  }

  @Test
  void theMessageNamesTheEntryAtFault() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> inspect(Zips.zip("index.html", "../x"), H5, ZipLimits.h5()));
    assertEquals("压缩包含非法路径：../x", e.getMessage());
  }

  @Test
  void tooDeepPathsAreRefused() throws IOException {
    ZipLimits limits = ZipLimits.h5().withMaxDepth(3);
    assertEquals(
        "index.html", inspect(Zips.zip("index.html", "a/b/c.js"), H5, limits).entryPoint());
    assertRefused(Zips.zip("index.html", "a/b/c/d.js"), H5, limits, "压缩包内目录层级过深（超过 3 层）");
  }

  @Test
  void tooManyEntriesAreRefused() throws IOException {
    ZipLimits limits = ZipLimits.h5().withMaxEntries(5);
    inspect(Zips.zip("index.html", "1", "2", "3", "4"), H5, limits);
    assertRefused(Zips.zip("index.html", "1", "2", "3", "4", "5"), H5, limits, "压缩包内文件数量超过上限（5 个）");
  }

  @Test
  void aZipBombIsStoppedByItsRatio() {
    // 16 MiB of zeros deflate to about 16 KiB: over 100:1 once past the 1 MiB floor
    byte[] bomb = Zips.zeros("data.bin", 16 << 20);
    assertTrue(bomb.length < 64 << 10, "the test file stays small: " + bomb.length);
    assertRefused(bomb, H5, ZipLimits.h5(), "压缩包内文件压缩比异常（超过 100:1），疑似压缩炸弹：data.bin");
  }

  @Test
  void inflatedBytesOverTheTotalLimitAreRefused() {
    ZipLimits limits =
        ZipLimits.h5().withMaxBytes(1L << 20, 1L << 20).withRatios(10_000, 10_000, 0);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("index.html", Zips.text("<!doctype html>"));
    entries.put("a.bin", new byte[600 << 10]);
    entries.put("b.bin", new byte[600 << 10]);
    assertRefused(Zips.zip(entries), H5, limits, "压缩包内文件总大小超过上限（1 MiB）");
  }

  @Test
  void oneEntryOverThePerEntryLimitIsRefused() {
    ZipLimits limits =
        ZipLimits.h5().withMaxBytes(8L << 20, 512L << 10).withRatios(10_000, 10_000, 0);
    assertRefused(Zips.zeros("big.bin", 600 << 10), H5, limits, "压缩包内单个文件超过大小上限（512 KiB）：big.bin");
  }

  @Test
  void manySmallEntriesAreCaughtByTheOverallRatio() {
    // each entry stays under the floor, so only the archive's ratio sees the bomb
    ZipLimits limits = ZipLimits.h5().withRatios(100, 100, 1L << 20);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("index.html", Zips.text("<!doctype html>"));
    for (int i = 0; i < 4; i++) {
      entries.put("part" + i + ".bin", new byte[900 << 10]);
    }
    assertRefused(Zips.zip(entries), H5, limits, "压缩包整体压缩比异常（超过 100:1）");
  }

  @Test
  void sizesClaimedInHeadersAreNotBelieved() {
    // the central directory says 10 bytes; 3 MiB really inflate
    byte[] liar = Zips.claimSize(Zips.zeros("data.bin", 3 << 20), 10);
    ZipLimits limits =
        ZipLimits.h5().withMaxBytes(1L << 20, 1L << 20).withRatios(10_000, 10_000, 0);
    assertRefused(liar, H5, limits, "压缩包内单个文件超过大小上限（1 MiB）");
  }

  @Test
  void aNestedZipIsCountedAsItsBytesAndNotOpened() throws IOException {
    byte[] inner = Zips.zeros("inner.bin", 4 << 20);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("index.html", Zips.text("<!doctype html>"));
    entries.put("inner.zip", inner);
    PackageSummary summary = inspect(Zips.zip(entries), H5, ZipLimits.h5());
    assertEquals(Zips.text("<!doctype html>").length + inner.length, summary.inflatedBytes());
  }

  @Test
  void smallHighlyCompressibleFilesUnderTheFloorAreFine() throws IOException {
    PackageSummary summary = inspect(Zips.zeros("blank.bin", 512 << 10), H5, ZipLimits.h5());
    assertEquals(15 + (512 << 10), summary.inflatedBytes());
  }

  @Test
  void duplicateNamesAreRefused() {
    byte[] zip = Zips.patch(Zips.zip("index.html", "a.js", "b.js"), "b.js", "a.js");
    assertRefused(zip, H5, ZipLimits.h5(), "压缩包含重复的文件名：a.js");
  }

  @Test
  void aFileAndAFolderOfTheSameNameAreDuplicates() {
    assertRefused(Zips.zip("index.html", "a", "a/"), H5, ZipLimits.h5(), "压缩包含重复的文件名：a/");
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void encryptedEntriesAreRefused(boolean flaggedInCentralDirectory) {
    assertRefused(
        Zips.encrypted(Zips.h5(), flaggedInCentralDirectory),
        H5,
        ZipLimits.h5(),
        "压缩包含加密文件，请去除密码后重新打包");
  }

  @Test
  void namesThatAreNotUtf8AreRefused() {
    // “啊.js” as GBK, the way the Windows zip tool of a Chinese desktop writes it
    byte[] zip =
        Zips.patch(
            Zips.zip("index.html", "xx.js"),
            "xx.js",
            new byte[] {(byte) 0xB0, (byte) 0xA1, '.', 'j', 's'});
    assertRefused(zip, H5, ZipLimits.h5(), "H5 应用包不是有效的 ZIP 压缩包");
  }

  @Test
  void aCentralDirectoryThatDisagreesWithTheEntriesIsRefused() {
    byte[] zip = Zips.patchCentral(Zips.zip("index.html", "a.js"), "a.js", "b.js");
    assertRefused(zip, H5, ZipLimits.h5(), "压缩包目录与内容不一致，请重新打包");
  }

  @Test
  void aTruncatedZipIsRefusedAsCorrupt() {
    byte[] zip = Zips.h5();
    assertRefused(Arrays.copyOf(zip, zip.length / 2), H5, ZipLimits.h5(), "H5 应用包不是有效的 ZIP 压缩包");
  }

  @Test
  void damagedCompressedDataIsRefusedAsCorrupt() {
    byte[] zip = Zips.zeros("data.bin", 256 << 10);
    // scramble the middle of the deflate stream of data.bin, leaving the headers intact
    int start = 30 + "index.html".length() + 40;
    for (int i = start + 60; i < start + 200; i++) {
      zip[i] ^= 0x5a;
    }
    assertRefused(zip, H5, ZipLimits.h5(), "H5 应用包不是有效的 ZIP 压缩包");
  }

  @Test
  void aFileThatIsNoZipIsRefusedAsCorrupt() {
    assertRefused(Zips.text("this is not a zip"), APK, ZipLimits.apk(), "安卓安装包（APK）不是有效的 ZIP 压缩包");
  }

  private void assertRefused(byte[] zip, FileKind kind, ZipLimits limits, String message) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> inspect(zip, kind, limits));
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
    assertEquals(kind.field(), e.field());
  }

  private PackageSummary inspect(byte[] zip, FileKind kind, ZipLimits limits) throws IOException {
    Path file = Files.write(Files.createTempFile(dir, "p", ".bin"), zip);
    return new PackageInspector(limits).inspect(file, kind);
  }
}
