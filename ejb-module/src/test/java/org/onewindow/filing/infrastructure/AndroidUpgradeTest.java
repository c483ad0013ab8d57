package org.onewindow.filing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.filing.domain.PackageFacts;
import org.onewindow.filing.domain.UpgradeFinding;
import org.onewindow.filing.domain.UpgradePath;
import org.onewindow.filing.testing.AndroidPackages;
import org.onewindow.filing.testing.BinaryManifest;
import org.onewindow.filing.testing.TestSigner;

/** The upgrade rule (000 10.3 c) on APKs built and signed on purpose, read by the reader. */
class AndroidUpgradeTest {

  private static final String APP = "gov.example.permits";

  private static TestSigner developer;
  private static TestSigner stranger;

  @TempDir Path dir;

  private final AndroidPackageReader reader = new AndroidPackageReader();

  @BeforeAll
  static void keys() {
    developer = TestSigner.rsa("Permits developer");
    stranger = TestSigner.ec("Someone else");
  }

  @Test
  void aGreaterVersionCodeFromTheSameKeyPasses() throws IOException {
    UpgradePath.Review review = UpgradePath.review(approved(), read(APP, 6, developer, null));

    assertEquals(
        List.of(
            UpgradeFinding.SAME_PACKAGE, UpgradeFinding.VERSION_GREW, UpgradeFinding.SAME_SIGNER),
        review.findings());
    assertTrue(review.passed());
  }

  @Test
  void theSameOrALowerVersionCodeFails() throws IOException {
    PackageFacts approved = approved();
    for (long code : new long[] {5, 4}) {
      UpgradePath.Review review = UpgradePath.review(approved, read(APP, code, developer, null));

      assertEquals(
          List.of(UpgradeFinding.VERSION_NOT_GREATER),
          review.failures().stream().map(c -> c.finding()).toList(),
          "version code " + code);
    }
  }

  @Test
  void anotherKeyFails() throws IOException {
    UpgradePath.Review review = UpgradePath.review(approved(), read(APP, 6, stranger, null));

    assertEquals(UpgradeFinding.SIGNER_CHANGED, review.findings().get(2));
    assertFalse(review.passed());
  }

  @Test
  void aKeyTheApprovedKeyRotatedToPasses() throws IOException {
    TestSigner rotated = TestSigner.ec("Permits developer, 2026 key");

    UpgradePath.Review review = UpgradePath.review(approved(), read(APP, 6, rotated, developer));

    assertEquals(UpgradeFinding.SIGNER_ROTATED, review.findings().get(2));
    assertTrue(review.passed());
  }

  @Test
  void anotherPackageNameFails() throws IOException {
    UpgradePath.Review review =
        UpgradePath.review(approved(), read("gov.example.other", 6, developer, null));

    assertEquals(UpgradeFinding.PACKAGE_CHANGED, review.findings().get(0));
  }

  private PackageFacts approved() throws IOException {
    return read(APP, 5, developer, null);
  }

  private PackageFacts read(String name, long code, TestSigner key, TestSigner rotatedFrom)
      throws IOException {
    AndroidPackages apk =
        AndroidPackages.apk(BinaryManifest.of(name).versionCode(code).sdk(28, 34)).signedBy(key);
    if (rotatedFrom != null) {
      apk.rotatedFrom(rotatedFrom);
    }
    return reader.read(apk.writeTo(dir.resolve(name + "-" + code + "-" + key.name() + ".apk")));
  }
}
