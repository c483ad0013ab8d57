package org.onewindow.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.onewindow.appcenter.domain.AppFileKind;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.Message;
import org.onewindow.common.NotFoundException;
import org.onewindow.crypto.Sm3;

/** Storing uploads: server names, fingerprints, limits while streaming, nothing left on refusal. */
class FileStoreTest {

  private static final Set<AppFileKind> KINDS = EnumSet.allOf(AppFileKind.class);

  private static final Instant NOW = Instant.parse("2024-05-06T07:08:09Z");

  @TempDir Path dir;

  @AfterEach
  void clearProperties() {
    System.clearProperty(FileStore.DIR_PROPERTY);
    System.clearProperty(FileStore.SERVER_DATA_PROPERTY);
  }

  @Test
  void aGoodH5PackageIsStoredUnderAServerName() throws IOException {
    byte[] zip = Zips.h5();
    StoredFile stored = store().store(AppFileKind.H5_PACKAGE, in(zip), "办事大厅.zip");

    assertTrue(stored.storageName().matches("h5-[0-9a-f]{32}\\.zip"), stored.storageName());
    assertTrue(store().isStorageName(stored.storageName()));
    assertEquals(AppFileKind.H5_PACKAGE, stored.kind());
    assertEquals(FileFormat.ZIP, stored.format());
    assertEquals(zip.length, stored.size());
    assertEquals("办事大厅.zip", stored.originalName());
    assertEquals(NOW, stored.storedAt());
    assertEquals("index.html", ((PackageSummary) stored.contents()).entryPoint());
    assertEquals(List.of(stored.storageName()), listing());
    assertArrayEquals(zip, Files.readAllBytes(dir.resolve(stored.storageName())));
  }

  @Test
  void theFingerprintIsTheSm3OfTheBytes() throws IOException {
    byte[] apk = Zips.apk();
    StoredFile stored = store().store(AppFileKind.ANDROID_PACKAGE, in(apk), "app.apk");
    byte[] expected = Sm3.digest(apk);
    assertEquals(Base64.getUrlEncoder().withoutPadding().encodeToString(expected), stored.sm3());
    assertEquals(HexFormat.of().formatHex(expected), stored.sm3Hex());
    assertEquals(43, stored.sm3().length()); // 256 bits, unpadded Base64url
  }

  @Test
  void eachKindGetsItsOwnPrefixAndAnExtensionTheServerChose() throws IOException {
    FileStore store = store();
    assertTrue(
        store
            .store(AppFileKind.ANDROID_PACKAGE, in(Zips.apk()), "x.zip")
            .storageName()
            .matches("apk-[0-9a-f]{32}\\.apk"));
    StoredFile icon = store.store(AppFileKind.ICON, in(Images.png(128, 128)), "icon.jpg");
    assertTrue(icon.storageName().matches("icon-[0-9a-f]{32}\\.png"), icon.storageName());
    assertEquals(new ImageSummary(FileFormat.PNG, 128, 128), icon.contents());
    StoredFile shot = store.store(AppFileKind.SCREENSHOT, in(Images.jpeg(320, 640)), "a.png");
    assertTrue(shot.storageName().matches("shot-[0-9a-f]{32}\\.jpg"), shot.storageName());
    assertEquals(FileFormat.JPEG, shot.format());
  }

  @Test
  void theSameBytesTwiceMakeTwoFiles() throws IOException {
    FileStore store = store();
    StoredFile a = store.store(AppFileKind.H5_PACKAGE, in(Zips.h5()), "a.zip");
    StoredFile b = store.store(AppFileKind.H5_PACKAGE, in(Zips.h5()), "a.zip");
    assertNotEquals(a.storageName(), b.storageName());
    assertEquals(a.sm3(), b.sm3());
    assertEquals(2, listing().size());
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of(AppFileKind.H5_PACKAGE, "not a zip".getBytes(), "H5 应用包必须是 ZIP 压缩包"),
        Arguments.of(AppFileKind.ANDROID_PACKAGE, Images.png(128, 128), "安卓安装包必须是 APK 文件"),
        Arguments.of(AppFileKind.ICON, Zips.h5(), "应用图标必须是 PNG 或 JPEG 图片"),
        Arguments.of(AppFileKind.H5_PACKAGE, Zips.zip("index.html", "../evil"), "压缩包含非法路径：../evil"),
        Arguments.of(AppFileKind.H5_PACKAGE, Zips.zeros("z.bin", 8 << 20), "压缩包内文件压缩比异常"),
        Arguments.of(AppFileKind.H5_PACKAGE, Zips.zip("app.js"), "H5 应用包缺少 index.html"),
        Arguments.of(
            AppFileKind.ANDROID_PACKAGE, Zips.zip("AndroidManifest.xml"), "APK 缺少 classes.dex"),
        Arguments.of(AppFileKind.ICON, Images.png(200, 100), "应用图标必须是正方形"),
        Arguments.of(AppFileKind.SCREENSHOT, Images.pngHeader(20_000, 20_000), "应用截图尺寸过大"),
        Arguments.of(AppFileKind.SCREENSHOT, new byte[0], "应用截图文件为空"));
  }

  @ParameterizedTest
  @MethodSource("refusals")
  void aRefusedUploadLeavesNothingBehind(AppFileKind kind, byte[] upload, String message)
      throws IOException {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> store().store(kind, in(upload), "f"));
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
    assertEquals(kind.field(), e.field());
    assertEquals(List.of(), listing());
  }

  @Test
  void theSizeLimitStopsTheStreamOneBytePastIt() throws IOException {
    UploadLimits limits = UploadLimits.defaults().withMaxBytes(AppFileKind.SCREENSHOT, 1000);
    FileStore store = new FileStore(dir, KINDS, limits, fixedClock());
    Counting upload = new Counting(new ByteArrayInputStream(new byte[1 << 20]));

    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> store.store(AppFileKind.SCREENSHOT, upload, "big.png"));

    assertEquals("应用截图文件超过大小上限（1000 字节）", e.getMessage());
    assertEquals(1001, upload.read, "read no further than the byte that proves the excess");
    assertEquals(List.of(), listing());
  }

  @Test
  void exactlyTheLimitIsAllowed() throws IOException {
    byte[] png = Images.png(128, 128);
    UploadLimits limits = UploadLimits.defaults().withMaxBytes(AppFileKind.ICON, png.length);
    StoredFile stored = new FileStore(dir, KINDS, limits).store(AppFileKind.ICON, in(png), "i.png");
    assertEquals(png.length, stored.size());
  }

  @Test
  void theDefaultIconLimitIsHalfAMebibyte() {
    byte[] big = Arrays.copyOf(Images.png(128, 128), (512 << 10) + 1);
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> store().store(AppFileKind.ICON, in(big), "i.png"));
    assertEquals("应用图标文件超过大小上限（512 KiB）", e.getMessage());
  }

  @Test
  void aBrokenUploadStreamLeavesNothingBehind() throws IOException {
    InputStream broken =
        new InputStream() {
          private int sent;

          @Override
          public int read() throws IOException {
            if (sent++ > 100) {
              throw new IOException("connection reset");
            }
            return 'P';
          }
        };
    assertThrows(IOException.class, () -> store().store(AppFileKind.H5_PACKAGE, broken, "a.zip"));
    assertEquals(List.of(), listing());
  }

  @Test
  void aStoredFileCanBeReadBackAndDeleted() throws IOException {
    FileStore store = store();
    byte[] png = Images.png(128, 128);
    String name = store.store(AppFileKind.ICON, in(png), "i.png").storageName();
    try (InputStream back = store.open(name)) {
      assertArrayEquals(png, back.readAllBytes());
    }
    assertTrue(store.delete(name));
    assertFalse(store.delete(name));
    assertThrows(NotFoundException.class, () -> store.open(name));
    assertEquals(List.of(), listing());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../x",
        "x",
        "",
        "/etc/passwd",
        "h5-0123456789abcdef0123456789abcdef.zip/../../x",
        "h5-0123456789ABCDEF0123456789ABCDEF.zip",
        "h5-0123456789abcdef0123456789abcdef.apk",
        "h5-0123456789abcdef0123456789abcde.zip",
        "..\\h5-0123456789abcdef0123456789abcdef.zip",
        ".upload-123.part"
      })
  void onlyNamesTheStoreGivesAreAccepted(String name) {
    FileStore store = store();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> store.open(name));
    assertEquals("文件名无效", e.getMessage());
    assertThrows(InvalidInputException.class, () -> store.delete(name));
  }

  @Test
  void nullIsNoName() {
    assertThrows(InvalidInputException.class, () -> store().open(null));
  }

  @Test
  void aWellFormedNameThatWasNeverStoredIsNotFound() {
    assertThrows(
        NotFoundException.class, () -> store().open("h5-0123456789abcdef0123456789abcdef.zip"));
  }

  @Test
  void theUploadersFileNameIsOnlyCleanedMetadata() throws IOException {
    StoredFile stored =
        store()
            .store(
                AppFileKind.H5_PACKAGE,
                in(Zips.h5()),
                "C:\\Users\\张三\\Desktop\\..\\/tmp/../app\u202Egpj.zip\u0000\n");
    assertEquals("appgpj.zip", stored.originalName());
    assertFalse(stored.storageName().contains("app"));
  }

  @Test
  void theDirectoryComesFromThePropertyThenTheServerDataDirThenTheConstructor(@TempDir Path other) {
    assertEquals(dir.toAbsolutePath(), FileStore.baseDirectory(dir));
    System.setProperty(FileStore.SERVER_DATA_PROPERTY, other.toString());
    assertEquals(other.resolve("onewindow-files").toAbsolutePath(), FileStore.baseDirectory(dir));
    System.setProperty(FileStore.DIR_PROPERTY, other.resolve("files").toString());
    assertEquals(other.resolve("files").toAbsolutePath(), new FileStore(dir, KINDS).directory());
  }

  @Test
  void withoutAnyDirectoryTheStoreCannotStart() {
    assertThrows(IllegalStateException.class, () -> new FileStore(null, KINDS));
  }

  @Test
  void theDirectoryIsCreatedOnFirstUse() throws IOException {
    Path nested = dir.resolve("data/onewindow-files");
    FileStore store = new FileStore(nested, KINDS);
    String name = store.store(AppFileKind.ICON, in(Images.png(128, 128)), "i.png").storageName();
    assertTrue(Files.isRegularFile(nested.resolve(name)));
  }

  @Test
  void theStoredContentsAreWhatTheInspectorFound() throws IOException {
    StoredFile stored = store().store(AppFileKind.ANDROID_PACKAGE, in(Zips.apk()), "a.apk");
    PackageSummary summary = assertInstanceOf(PackageSummary.class, stored.contents());
    assertEquals(3, summary.entryCount());
  }

  @Test
  void aKindDeclaredByAnotherCapabilityIsStoredUnderItsOwnPrefix() throws IOException {
    FileStore store =
        new FileStore(dir, Set.of(LicenceScan.SCAN), UploadLimits.defaults(), fixedClock());
    StoredFile scan = store.store(LicenceScan.SCAN, in(Images.jpeg(320, 640)), "证照.jpg");
    assertTrue(scan.storageName().matches("scan-[0-9a-f]{32}\\.jpg"), scan.storageName());
    assertTrue(store.isStorageName(scan.storageName()));
    assertFalse(store.isStorageName("icon-0123456789abcdef0123456789abcdef.png"), "not its kind");
    assertThrows(
        IllegalArgumentException.class,
        () -> store.store(AppFileKind.ICON, in(Images.png(128, 128)), "i.png"));
  }

  @Test
  void twoKindsOfOneStoreMayNotShareAPrefix() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new FileStore(dir, Set.of(LicenceScan.SCAN, LicenceScan.CLASH)));
  }

  /** A licence capability's kinds, declared outside the kernel as every capability does. */
  private enum LicenceScan implements FileKind {
    SCAN,
    CLASH;

    @Override
    public String labelKey() {
      return "licence.fileKind.SCAN"; // a capability's own bundle; absent here, read as the key
    }

    @Override
    public String field() {
      return "scan";
    }

    @Override
    public long defaultMaxBytes() {
      return 1L << 20;
    }

    @Override
    public Set<FileFormat> formats() {
      return EnumSet.of(FileFormat.JPEG);
    }

    @Override
    public PackageLayout layout() {
      return PackageLayout.NONE;
    }

    @Override
    public String storagePrefix() {
      return "scan";
    }

    @Override
    public String extension(FileFormat format) {
      return "jpg";
    }

    @Override
    public ZipLimits defaultZipLimits() {
      throw new IllegalArgumentException("not a package");
    }

    @Override
    public ImageLimits defaultImageLimits() {
      return ImageLimits.screenshot();
    }

    @Override
    public Message wrongFormat() {
      return Message.of("licence.fileKind.wrongFormat");
    }
  }

  private FileStore store() {
    return new FileStore(dir, KINDS, UploadLimits.defaults(), fixedClock());
  }

  private static Clock fixedClock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }

  private static InputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  /** Every entry in the store's directory, hidden temporary files included. */
  private List<String> listing() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Counts what the store reads. */
  private static final class Counting extends FilterInputStream {
    long read;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        read++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        read += n;
      }
      return n;
    }
  }
}
