package org.onewindow.filing.infrastructure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.onewindow.files.ZipLimits;
import org.onewindow.filing.domain.PackageFacts;
import org.onewindow.filing.domain.PackagePlatform;

/**
 * Reads an iOS app archive ({@code .ipa}): a zip whose {@code Payload/<Name>.app/Info.plist} holds
 * the bundle identifier and versions, in XML or binary property-list form. Its code signature is
 * Apple's and is verified by Apple's distribution, not here: the facts carry no signer.
 */
public final class IosPackageReader {

  static final String INFO_PLIST = "Info.plist";

  /** An Info.plist is a few KiB. */
  static final int MAX_INFO_PLIST_BYTES = 1 << 20;

  /** An app bundle's top-level Info.plist, not a framework's or a plug-in's further down. */
  private static final Pattern APP_INFO = Pattern.compile("Payload/[^/]+\\.app/Info\\.plist");

  /** An app's assets are many small files: more entries than an APK, the same byte limits. */
  private static final ZipLimits LIMITS = ZipLimits.apk().withMaxEntries(100_000);

  /**
   * The facts of the archive at {@code ipa}.
   *
   * @throws org.onewindow.common.InvalidInputException when the package is refused
   * @throws IOException when the file cannot be read
   */
  public PackageFacts read(Path ipa) throws IOException {
    Map<String, Object> info;
    try (PackageArchive archive = PackageArchive.open(ipa, LIMITS)) {
      List<String> found =
          archive.names().stream().filter(n -> APP_INFO.matcher(n).matches()).toList();
      if (found.size() != 1) {
        // none, or two app bundles in one archive: which one would be filed?
        throw PackageRefusals.refuse("missingEntry", "Payload/*.app/" + INFO_PLIST);
      }
      info = plist(archive.read(found.get(0), MAX_INFO_PLIST_BYTES));
    }
    String identifier = required(info, "CFBundleIdentifier");
    String bundleVersion = required(info, "CFBundleVersion");
    Object shortVersion = info.get("CFBundleShortVersionString");
    return new PackageFacts(
        PackagePlatform.IOS,
        identifier,
        versionNumber(bundleVersion),
        shortVersion instanceof String name ? name : bundleVersion,
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  /**
   * {@code CFBundleVersion} as the facts' version code where it is a plain number ({@code 42}); 0
   * for Apple's dotted form ({@code 1.2.3}), which the upgrade rule then leaves to the reviewer.
   */
  static long versionNumber(String bundleVersion) {
    if (!bundleVersion.matches("\\d{1,18}")) {
      return 0;
    }
    return Long.parseLong(bundleVersion);
  }

  private static Map<String, Object> plist(byte[] bytes) {
    try {
      return PropertyList.read(bytes);
    } catch (MalformedPackageException e) {
      throw PackageRefusals.refuse(e, "manifestUnreadable", INFO_PLIST);
    }
  }

  private static String required(Map<String, Object> info, String key) {
    Object value = info.get(key);
    if (!(value instanceof String text) || text.isBlank()) {
      throw PackageRefusals.refuse("missingField", INFO_PLIST, key);
    }
    return text.trim();
  }
}
