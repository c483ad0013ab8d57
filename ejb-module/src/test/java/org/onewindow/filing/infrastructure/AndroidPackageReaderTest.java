package org.onewindow.filing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onewindow.filing.infrastructure.Refusals.assertRefused;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.files.ZipLimits;
import org.onewindow.filing.domain.PackageFacts;
import org.onewindow.filing.domain.PackagePlatform;
import org.onewindow.filing.testing.AndroidPackages;
import org.onewindow.filing.testing.BinaryManifest;
import org.onewindow.filing.testing.TestSigner;
import org.onewindow.filing.testing.Zips;

/** APKs built and signed on purpose, read back (000 10.3 c, h). */
class AndroidPackageReaderTest {

  private static TestSigner rsa;
  private static TestSigner ec;

  @TempDir Path dir;

  private final AndroidPackageReader reader = new AndroidPackageReader();

  @BeforeAll
  static void keys() {
    rsa = TestSigner.rsa("OneWindow test RSA");
    ec = TestSigner.ec("OneWindow test EC");
  }

  @Test
  void readsIdentityVersionsSdkLevelsAndPermissionsBackExactly() throws IOException {
    BinaryManifest manifest =
        BinaryManifest.of("gov.example.permits")
            .versionCode(42)
            .versionName("4.2.0-政务")
            .sdk(26, 34)
            .permissions(
                "android.permission.INTERNET",
                "android.permission.CAMERA",
                "android.permission.ACCESS_FINE_LOCATION",
                "android.permission.CAMERA");
    Path apk = AndroidPackages.apk(manifest).signedBy(rsa).writeTo(dir.resolve("a.apk"));

    PackageFacts facts = reader.read(apk);

    assertEquals(PackagePlatform.ANDROID, facts.platform());
    assertEquals("gov.example.permits", facts.packageName());
    assertEquals(42, facts.versionCode());
    assertEquals("4.2.0-政务", facts.versionName());
    assertEquals(26, facts.minSdk());
    assertEquals(34, facts.targetSdk());
    assertEquals(
        List.of(
            "android.permission.ACCESS_FINE_LOCATION",
            "android.permission.CAMERA",
            "android.permission.INTERNET"),
        facts.permissions());
    // checked from API 26: v2 covers 26–27, v3 from 28; v1 is not needed there
    assertEquals(List.of(2, 3), facts.signatureSchemes());
    assertEquals(1, facts.signers().size());
    assertEquals("CN=OneWindow test RSA", facts.signer().subject());
    assertTrue(facts.signer().sha256Hex().matches("[0-9a-f]{64}"));
    assertTrue(facts.signer().sm3Hex().matches("[0-9a-f]{64}"));
    assertTrue(!facts.signer().sm3Hex().equals(facts.signer().sha256Hex()));
    assertEquals(List.of(), facts.lineage());
  }

  @Test
  void aUtf8StringPoolAnEcKeyAndNoPermissionsReadToo() throws IOException {
    BinaryManifest manifest =
        BinaryManifest.of("gov.example.utf8").versionCode(7).versionName("七.0").utf8();
    Path apk = AndroidPackages.apk(manifest).signedBy(ec).writeTo(dir.resolve("a.apk"));

    PackageFacts facts = reader.read(apk);

    assertEquals("gov.example.utf8", facts.packageName());
    assertEquals("七.0", facts.versionName());
    assertEquals(List.of(), facts.permissions());
    assertEquals("CN=OneWindow test EC", facts.signer().subject());
  }

  @Test
  void aPermissionInsideApplicationIsNoRequestOfThePackage() throws IOException {
    BinaryManifest manifest =
        BinaryManifest.of("gov.example.app")
            .permissions("android.permission.INTERNET")
            .misplacedPermission("android.permission.READ_CONTACTS");
    Path apk = AndroidPackages.apk(manifest).signedBy(rsa).writeTo(dir.resolve("a.apk"));

    assertEquals(List.of("android.permission.INTERNET"), reader.read(apk).permissions());
  }

  @Test
  void aVersionCodeBeyond32BitsCombinesVersionCodeMajor() throws IOException {
    long code = (3L << 32) + 17;
    Path apk =
        AndroidPackages.apk(BinaryManifest.of("gov.example.app").versionCode(code))
            .signedBy(rsa)
            .writeTo(dir.resolve("a.apk"));

    assertEquals(code, reader.read(apk).versionCode());
  }

  @Test
  void aMissingVersionNameIsNull() throws IOException {
    Path apk =
        AndroidPackages.apk(BinaryManifest.of("gov.example.app").versionName(null))
            .signedBy(rsa)
            .writeTo(dir.resolve("a.apk"));

    assertNull(reader.read(apk).versionName());
  }

  @Test
  void eachSchemeAloneVerifies() throws IOException {
    BinaryManifest manifest = BinaryManifest.of("gov.example.app").sdk(24, 30);
    Path v2 =
        AndroidPackages.apk(manifest)
            .signedBy(rsa)
            .schemes(false, true, false)
            .writeTo(dir.resolve("v2.apk"));
    Path v3 =
        AndroidPackages.apk(manifest)
            .signedBy(rsa)
            .schemes(false, false, true)
            .writeTo(dir.resolve("v3.apk"));

    assertEquals(List.of(2), reader.read(v2).signatureSchemes());
    // v3 alone verifies on API 24–27 too, as apksig reads the platform (MIN_CHECKED_PLATFORM)
    assertEquals(List.of(3), reader.read(v3).signatureSchemes());
  }

  @Test
  void aRotatedKeyCarriesItsLineageOldestFirst() throws IOException {
    TestSigner next = TestSigner.ec("OneWindow test EC, rotated");
    Path apk =
        AndroidPackages.apk(BinaryManifest.of("gov.example.app").sdk(28, 34))
            .signedBy(next)
            .rotatedFrom(rsa)
            .writeTo(dir.resolve("rotated.apk"));

    PackageFacts facts = reader.read(apk);

    assertEquals("CN=OneWindow test EC\\, rotated", facts.signer().subject());
    assertEquals(
        List.of("CN=OneWindow test RSA", "CN=OneWindow test EC\\, rotated"),
        facts.lineage().stream().map(c -> c.subject()).toList());
    assertTrue(facts.signatureSchemes().contains(3));
  }

  @Test
  void anUnsignedPackageIsRefused() throws IOException {
    Path apk =
        AndroidPackages.apk(BinaryManifest.of("gov.example.app")).writeTo(dir.resolve("u.apk"));

    assertRefused("unsigned", () -> reader.read(apk));
  }

  @Test
  void v1AloneDoesNotVerifyForTargetSdk30() throws IOException {
    Path apk =
        AndroidPackages.apk(BinaryManifest.of("gov.example.app").sdk(24, 30))
            .signedBy(rsa)
            .schemes(true, false, false)
            .writeTo(dir.resolve("v1.apk"));

    assertRefused("signatureInvalid", () -> reader.read(apk));
  }

  @Test
  void aPackageChangedAfterSigningIsRefused() throws IOException {
    Path signed =
        AndroidPackages.apk(BinaryManifest.of("gov.example.app"))
            .signedBy(rsa)
            .schemes(false, true, true)
            .writeTo(dir.resolve("signed.apk"));
    byte[] bytes = Files.readAllBytes(signed);
    // the zip comment length field of the end of central directory (its last two bytes): a
    // byte appended as a comment changes what v2/v3 digested, and nothing a zip reader checks
    bytes[bytes.length - 2] = 1;
    byte[] tampered = Arrays.copyOf(bytes, bytes.length + 1);
    Path apk = Files.write(dir.resolve("tampered.apk"), tampered);

    assertRefused("signatureInvalid", () -> reader.read(apk));
  }

  @Test
  void aTruncatedOrCorruptZipIsRefused() throws IOException {
    Path signed =
        AndroidPackages.apk(BinaryManifest.of("gov.example.app"))
            .signedBy(rsa)
            .writeTo(dir.resolve("signed.apk"));
    byte[] bytes = Files.readAllBytes(signed);
    Path truncated = Files.write(dir.resolve("t.apk"), Arrays.copyOf(bytes, bytes.length / 2));
    Path garbage = Files.write(dir.resolve("g.apk"), "not a zip at all".getBytes());
    Path empty = Files.write(dir.resolve("e.apk"), new byte[0]);

    assertRefused("corrupt", () -> reader.read(truncated));
    assertRefused("corrupt", () -> reader.read(garbage));
    assertRefused("corrupt", () -> reader.read(empty));
  }

  @Test
  void moreEntriesThanTheLimitsAllowAreRefused() throws IOException {
    Path apk =
        AndroidPackages.apk(BinaryManifest.of("gov.example.app"))
            .signedBy(rsa)
            .writeTo(dir.resolve("a.apk"));
    AndroidPackageReader strict = new AndroidPackageReader(ZipLimits.apk().withMaxEntries(2));

    assertRefused("tooManyEntries", () -> strict.read(apk));
  }

  @Test
  void aZipWithoutAManifestIsRefused() throws IOException {
    Path zip = Zips.of().entry("classes.dex", "dex").writeTo(dir.resolve("n.apk"));

    assertRefused("missingEntry", () -> reader.read(zip));
  }

  @Test
  void aHostileManifestIsRefusedCleanly() throws IOException {
    byte[] manifest = BinaryManifest.of("gov.example.app").bytes();
    // the string pool's string count (pool offset + 8): four thousand million strings
    java.nio.ByteBuffer.wrap(manifest)
        .order(java.nio.ByteOrder.LITTLE_ENDIAN)
        .putInt(BinaryManifest.STRING_POOL_OFFSET + 8, 0x7fffffff);
    Path zip =
        Zips.of()
            .entry("AndroidManifest.xml", manifest)
            .entry("classes.dex", "dex")
            .writeTo(dir.resolve("h.apk"));

    assertRefused("manifestUnreadable", () -> reader.read(zip));
  }

  @Test
  void aManifestLargerThanItsLimitIsRefusedBeforeItIsRead() throws IOException {
    byte[] zeros = new byte[AndroidPackageReader.MAX_MANIFEST_BYTES + 1];
    Path zip = Zips.of().entry("AndroidManifest.xml", zeros).writeTo(dir.resolve("big.apk"));

    assertRefused("entryTooLarge", () -> reader.read(zip));
  }
}
