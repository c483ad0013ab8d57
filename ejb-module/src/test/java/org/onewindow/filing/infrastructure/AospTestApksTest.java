package org.onewindow.filing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onewindow.filing.infrastructure.Refusals.assertRefused;
import static org.onewindow.filing.testing.AospTestApks.apk;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.filing.domain.PackageFacts;
import org.onewindow.filing.domain.UpgradeFinding;
import org.onewindow.filing.domain.UpgradePath;

/**
 * AOSP's apksig test APKs ({@code shared/testdata/apk}, its README tells which is which), read as
 * filings and their upgrades (000 10.3 c). Skipped where the folder is absent.
 */
class AospTestApksTest {

  private static final String TINY_APP = "android.appsecurity.cts.tinyapp";

  /** "cert A" of the README: the apksig test key rsa-2048. */
  private static final String CERT_A =
      "fb5dbd3c669af9fc236c6991e6387b7f11ff0590997f22d0f5c74ff40e04fca8";

  private final AndroidPackageReader reader = new AndroidPackageReader();

  @Test
  void originalIsAFirstFiling() throws IOException {
    PackageFacts original = reader.read(apk("original.apk"));

    assertEquals(TINY_APP, original.packageName());
    assertEquals(10, original.versionCode());
    assertEquals(23, original.minSdk());
    assertEquals(List.of(2), original.signatureSchemes());
    assertEquals(CERT_A, original.signer().sha256Hex());
    assertEquals(
        List.of(UpgradeFinding.FIRST_FILING), UpgradePath.review(null, original).findings());
  }

  @Test
  void aVersionCodeMajorUpgradeWithTheSameCertificatePasses() throws IOException {
    PackageFacts original = reader.read(apk("original.apk"));
    PackageFacts upgrade = reader.read(apk("original-with-versionCodeMajor.apk"));

    assertEquals(4294967321L, upgrade.versionCode());
    assertEquals(30, upgrade.minSdk());
    // minSdk 30 is checked from API 30: v3 alone covers it
    assertEquals(List.of(3), upgrade.signatureSchemes());
    UpgradePath.Review review = UpgradePath.review(original, upgrade);
    assertEquals(
        List.of(
            UpgradeFinding.SAME_PACKAGE, UpgradeFinding.VERSION_GREW, UpgradeFinding.SAME_SIGNER),
        review.findings());
    assertTrue(review.passed());
  }

  @Test
  void aChangedCertificateAndAVersionThatDidNotGrowAreRefused() throws IOException {
    PackageFacts original = reader.read(apk("original.apk"));
    PackageFacts changed = reader.read(apk("original-minSdk32.apk"));

    UpgradePath.Review review = UpgradePath.review(original, changed);

    assertEquals(
        List.of(
            UpgradeFinding.SAME_PACKAGE,
            UpgradeFinding.VERSION_NOT_GREATER,
            UpgradeFinding.SIGNER_CHANGED),
        review.findings());
    assertEquals(2, review.failures().size());
  }

  @Test
  void aRotationThroughAV3LineageIsAccepted() throws IOException {
    PackageFacts original = reader.read(apk("original.apk"));
    for (String name :
        List.of("golden-aligned-v3-lineage-out.apk", "golden-aligned-v1v2v3-lineage-out.apk")) {
      PackageFacts rotated = reader.read(apk(name));

      assertEquals(CERT_A, rotated.lineage().get(0).sha256Hex(), name);
      assertEquals(rotated.signer(), rotated.lineage().get(1), name);
      // same version code 10: only the signer is at issue here
      UpgradeFinding signer = UpgradePath.review(original, rotated).findings().get(2);
      assertEquals(UpgradeFinding.SIGNER_ROTATED, signer, name);
    }
  }

  @Test
  void eachSchemeAloneVerifiesFromApi24() throws IOException {
    assertEquals(List.of(1), reader.read(apk("golden-aligned-v1-out.apk")).signatureSchemes());
    assertEquals(List.of(2), reader.read(apk("golden-aligned-v1v2-out.apk")).signatureSchemes());
    assertEquals(
        List.of(2, 3), reader.read(apk("golden-aligned-v1v2v3-out.apk")).signatureSchemes());
    assertEquals(List.of(3), reader.read(apk("golden-aligned-v3-out.apk")).signatureSchemes());
  }

  @Test
  void twoSignersAreBothShown() throws IOException {
    assertEquals(2, reader.read(apk("two-signers.apk")).signers().size());
    assertEquals(2, reader.read(apk("v1-only-two-signers.apk")).signers().size());
  }

  @Test
  void malformedEmptyAndUnsignedPackagesAreRefused() {
    // MANIFEST.MF's central record claims 2 GB: bounded before apksig would read it whole
    assertRefused("entryTooLarge", () -> reader.read(apk("incorrect-manifest-size.apk")));
    assertRefused("missingEntry", () -> reader.read(apk("empty-unsigned.apk")));
    assertRefused("unsigned", () -> reader.read(apk("golden-aligned-in.apk")));
  }

  @Test
  void v1AloneWithTargetSdk30DoesNotVerify() {
    assertRefused("signatureInvalid", () -> reader.read(apk("v1-ec-p256-targetSdk-30.apk")));
  }

  /**
   * apksig verifies this package: it reads the central directory, as Android's installer does. The
   * platform refuses it all the same: the local header of {@code META-INF/CERT.RSA} says "stored"
   * where the central directory says "deflated", so a tool that streams the local headers reads
   * other bytes than the installer — what the reviewer inspects could differ from what devices
   * install, and a standard build tool never writes such a file.
   */
  @Test
  void localAndCentralHeadersThatDisagreeAreRefused() {
    assertRefused("headersDisagree", () -> reader.read(apk("mismatched-compression-method.apk")));
  }
}
