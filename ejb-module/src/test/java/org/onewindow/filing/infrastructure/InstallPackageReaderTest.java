package org.onewindow.filing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onewindow.filing.infrastructure.Refusals.assertRefused;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.filing.domain.PackagePlatform;
import org.onewindow.filing.testing.AndroidPackages;
import org.onewindow.filing.testing.BinaryManifest;
import org.onewindow.filing.testing.TestSigner;
import org.onewindow.filing.testing.Zips;

/** The facade reads each kind with its own reader. */
class InstallPackageReaderTest {

  @TempDir Path dir;

  private final InstallPackageReader reader = new InstallPackageReader();

  @Test
  void eachPlatformIsReadByItsReader() throws IOException {
    Path apk =
        AndroidPackages.apk(BinaryManifest.of("gov.example.app"))
            .signedBy(TestSigner.ec("k"))
            .writeTo(dir.resolve("a.apk"));
    Path hap =
        Zips.of()
            .entry("module.json", "{\"app\": {\"bundleName\": \"gov.h\", \"versionCode\": 2}}")
            .writeTo(dir.resolve("a.hap"));

    assertEquals(PackagePlatform.ANDROID, reader.read(PackagePlatform.ANDROID, apk).platform());
    assertEquals("gov.h", reader.read(PackagePlatform.HARMONY, hap).packageName());
    // the kind the submitter chose decides the reader: an APK is no HarmonyOS package
    assertRefused("missingEntry", () -> reader.read(PackagePlatform.HARMONY, apk));
    assertRefused("missingEntry", () -> reader.read(PackagePlatform.IOS, hap));
    assertRefused("missingEntry", () -> reader.read(PackagePlatform.MINI_PROGRAM, hap));
  }
}
