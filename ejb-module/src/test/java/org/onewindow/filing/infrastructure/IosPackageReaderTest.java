package org.onewindow.filing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;
import static org.onewindow.filing.infrastructure.Refusals.assertRefused;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.filing.domain.PackageFacts;
import org.onewindow.filing.domain.PackagePlatform;
import org.onewindow.filing.testing.BinaryPropertyLists;
import org.onewindow.filing.testing.Zips;

/** iOS archives with their Info.plist in XML and in binary form. */
class IosPackageReaderTest {

  @TempDir Path dir;

  private final IosPackageReader reader = new IosPackageReader();

  @Test
  void readsAnXmlInfoPlist() throws IOException {
    String plist =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" \
        "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
        <plist version="1.0">
        <dict>
          <key>CFBundleIcons</key>
          <dict><key>CFBundlePrimaryIcon</key><dict><key>CFBundleIdentifier</key><string>no</string></dict></dict>
          <key>CFBundleIdentifier</key>
          <string>gov.example.permits</string>
          <key>UIRequiredDeviceCapabilities</key>
          <array><string>arm64</string></array>
          <key>CFBundleVersion</key>
          <string>318</string>
          <key>CFBundleShortVersionString</key>
          <string>3.1.8</string>
          <key>MinimumOSVersion</key>
          <string>13.0</string>
          <key>LSRequiresIPhoneOS</key>
          <true/>
        </dict>
        </plist>
        """;
    Path ipa = ipa("Payload/Permits.app/Info.plist", plist.getBytes());

    PackageFacts facts = reader.read(ipa);

    assertEquals(PackagePlatform.IOS, facts.platform());
    assertEquals("gov.example.permits", facts.packageName());
    assertEquals(318, facts.versionCode());
    assertEquals("3.1.8", facts.versionName());
    assertNull(facts.minSdk());
    assertEquals(List.of(), facts.signers());
  }

  @Test
  void readsABinaryInfoPlist() throws IOException {
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("CFBundleIcons", BinaryPropertyLists.ARRAY);
    info.put("CFBundleIdentifier", "gov.example.政务");
    info.put("CFBundleVersion", "1.2.3");
    info.put("CFBundleShortVersionString", "1.2");
    info.put("MinimumOSVersion", "14.0");
    info.put("LSRequiresIPhoneOS", true);
    info.put("UIDeviceFamily", 1);
    Path ipa = ipa("Payload/App.app/Info.plist", BinaryPropertyLists.of(info));

    PackageFacts facts = reader.read(ipa);

    assertEquals("gov.example.政务", facts.packageName());
    // Apple's dotted CFBundleVersion is no single number: the upgrade rule leaves it to the
    // reviewer
    assertEquals(0, facts.versionCode());
    assertEquals("1.2", facts.versionName());
  }

  @Test
  void anArchiveWithoutAnAppsInfoPlistIsRefused() throws IOException {
    Path nested = ipa("Payload/App.app/Frameworks/X.framework/Info.plist", "<plist/>".getBytes());
    Path none = Zips.of().entry("Payload/App.app/App", "binary").writeTo(dir.resolve("n.ipa"));

    assertRefused("missingEntry", () -> reader.read(nested));
    assertRefused("missingEntry", () -> reader.read(none));
  }

  @Test
  void aMissingIdentifierIsRefused() throws IOException {
    Path ipa =
        ipa("Payload/App.app/Info.plist", BinaryPropertyLists.of(Map.of("CFBundleVersion", "1")));

    assertRefused("missingField", () -> reader.read(ipa));
  }

  @Test
  void aPlistWithEntitiesIsNeitherExpandedNorFetched() throws IOException {
    String hostile =
        """
        <?xml version="1.0"?>
        <!DOCTYPE plist [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <plist><dict><key>CFBundleIdentifier</key><string>&x;</string>\
        <key>CFBundleVersion</key><string>1</string></dict></plist>
        """;
    Path ipa = ipa("Payload/App.app/Info.plist", hostile.getBytes());

    assertRefused("manifestUnreadable", () -> reader.read(ipa));
  }

  @Test
  void everyTruncationAndByteOfABinaryPlistEndsCleanly() {
    byte[] plist =
        BinaryPropertyLists.of(Map.of("CFBundleIdentifier", "gov.x", "CFBundleVersion", "7"));
    for (int at = 0; at < plist.length; at++) {
      readsOrRefuses(Arrays.copyOf(plist, at));
      for (byte value : new byte[] {(byte) 0xff, 0x00, (byte) 0x8f, 0x5f, (byte) 0xdf}) {
        byte[] hostile = plist.clone();
        hostile[at] = value;
        readsOrRefuses(hostile);
      }
    }
  }

  private static void readsOrRefuses(byte[] bytes) {
    try {
      PropertyList.read(bytes);
    } catch (MalformedPackageException expected) {
      // refused cleanly
    } catch (RuntimeException e) {
      fail("an exception other than a refusal: " + e, e);
    }
  }

  private Path ipa(String name, byte[] infoPlist) throws IOException {
    return Zips.of()
        .entry("Payload/", new byte[0])
        .entry(name, infoPlist)
        .entry("Payload/App.app/App", "binary")
        .writeTo(dir.resolve("app.ipa"));
  }
}
