package org.onewindow.filing.infrastructure;

import com.android.apksig.ApkVerifier;
import com.android.apksig.ApkVerifier.Issue;
import com.android.apksig.ApkVerifier.IssueWithParams;
import com.android.apksig.SigningCertificateLineage;
import com.android.apksig.apk.ApkFormatException;
import com.android.apksig.apk.ApkUtils;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.onewindow.files.ZipLimits;
import org.onewindow.filing.domain.PackageFacts;
import org.onewindow.filing.domain.PackagePlatform;
import org.onewindow.filing.domain.SigningCertificate;
import org.onewindow.filing.infrastructure.BinaryXml.Attribute;
import org.onewindow.filing.infrastructure.BinaryXml.Element;

/**
 * Reads an Android package (APK) for a filing (000 10.3 c, h): verifies its signatures with AOSP's
 * apksig as the installer would, and reads its manifest — package, version code (with {@code
 * versionCodeMajor}), SDK levels through apksig, version name and requested permissions through our
 * own {@link BinaryXml} reader (apksig does not expose them).
 *
 * <p>Refused ({@code filing.package.*}): no zip or a damaged one, local and central headers that
 * disagree, no {@code AndroidManifest.xml}, a manifest that does not parse, no signature at all,
 * and a signature that does not verify for every Android version the package can run on from 7.0.
 */
public final class AndroidPackageReader {

  /** The compiled manifest's entry name. */
  static final String MANIFEST = "AndroidManifest.xml";

  /**
   * Android 7.0 (API 24): signatures are checked for this version and later ones only. Earlier
   * versions are out of support; checking them would refuse a v3-only package declaring minSdk 23
   * (v3 is verified from API 24 up; AOSP's {@code golden-aligned-v3-out.apk}), and their v1-only
   * rules would keep verdicts the platform's users can no longer meet.
   */
  static final int MIN_CHECKED_PLATFORM = 24;

  /** A large app's compiled manifest is some tens of KiB. */
  static final int MAX_MANIFEST_BYTES = 4 << 20;

  /**
   * apksig reads the v1 signature files ({@code META-INF/}) whole, sized as the central directory
   * claims: bounded here before apksig sees them. A MANIFEST.MF lists every entry's digest, some
   * hundred bytes each.
   */
  static final long MAX_SIGNATURE_FILE_BYTES = 16L << 20;

  /** Android attribute resource ids (frameworks/base core/res/res/values/public.xml). */
  private static final int ATTR_NAME = 0x01010003;

  private static final int ATTR_VERSION_NAME = 0x0101021c;

  private static final Set<String> PERMISSION_TAGS =
      Set.of("uses-permission", "uses-permission-sdk-23", "uses-permission-sdk-m");

  private static final Set<Issue> NO_SIGNATURE =
      Set.of(Issue.JAR_SIG_NO_SIGNATURES, Issue.JAR_SIG_NO_MANIFEST);

  private final ZipLimits limits;

  public AndroidPackageReader() {
    this(ZipLimits.apk());
  }

  public AndroidPackageReader(ZipLimits limits) {
    this.limits = limits;
  }

  /**
   * The facts of the APK at {@code apk}.
   *
   * @throws org.onewindow.common.InvalidInputException when the package is refused
   * @throws IOException when the file cannot be read
   */
  public PackageFacts read(Path apk) throws IOException {
    byte[] manifest;
    try (PackageArchive archive = PackageArchive.open(apk, limits)) {
      if (!archive.contains(MANIFEST)) {
        throw PackageRefusals.refuse("missingEntry", MANIFEST);
      }
      for (String name : archive.names()) {
        if (name.startsWith("META-INF/") && archive.declaredSize(name) > MAX_SIGNATURE_FILE_BYTES) {
          throw PackageRefusals.refuse(
              "entryTooLarge",
              PackageArchive.shown(name),
              PackageArchive.size(MAX_SIGNATURE_FILE_BYTES));
        }
      }
      manifest = archive.read(MANIFEST, MAX_MANIFEST_BYTES);
      archive.checkLocalHeadersAgree();
    }
    Manifest facts = manifest(manifest);
    ApkVerifier.Result result = verify(apk, facts.minSdk());
    List<Integer> schemes = new ArrayList<>();
    if (result.isVerifiedUsingV1Scheme()) {
      schemes.add(1);
    }
    if (result.isVerifiedUsingV2Scheme()) {
      schemes.add(2);
    }
    if (result.isVerifiedUsingV3Scheme() || result.isVerifiedUsingV31Scheme()) {
      schemes.add(3);
    }
    return new PackageFacts(
        PackagePlatform.ANDROID,
        facts.packageName(),
        facts.versionCode(),
        facts.versionName(),
        facts.minSdk(),
        facts.targetSdk(),
        facts.permissions(),
        schemes,
        certificates(result.getSignerCertificates()),
        lineage(result.getSigningCertificateLineage()));
  }

  /** What the filing reads from the compiled manifest. */
  record Manifest(
      String packageName,
      long versionCode,
      String versionName,
      int minSdk,
      int targetSdk,
      List<String> permissions) {}

  /**
   * The manifest's facts: identity and SDK levels as apksig reads them (the installer's own rules,
   * codenames included), version name and permissions from {@link BinaryXml}.
   */
  static Manifest manifest(byte[] bytes) {
    try {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      String packageName = ApkUtils.getPackageNameFromBinaryAndroidManifest(buffer.duplicate());
      long versionCode = ApkUtils.getLongVersionCodeFromBinaryAndroidManifest(buffer.duplicate());
      int minSdk = ApkUtils.getMinSdkVersionFromBinaryAndroidManifest(buffer.duplicate());
      int targetSdk = ApkUtils.getTargetSdkVersionFromBinaryAndroidManifest(buffer.duplicate());
      List<Element> elements = BinaryXml.elements(bytes);
      Element root = elements.get(0);
      if (!root.name().equals("manifest") || root.depth() != 1) {
        throw new MalformedPackageException("the root element is not <manifest>");
      }
      return new Manifest(
          packageName, versionCode, versionName(root), minSdk, targetSdk, permissions(elements));
    } catch (ApkFormatException | MalformedPackageException | RuntimeException e) {
      // apksig's parser signals hostile bytes with runtime exceptions too
      throw PackageRefusals.refuse(e, "manifestUnreadable", MANIFEST);
    }
  }

  /**
   * {@code android:versionName}; null when it is a reference to a string resource, which only
   * {@code resources.arsc} resolves (the filing form asks the submitter then).
   */
  private static String versionName(Element root) {
    Attribute name = root.android(ATTR_VERSION_NAME, "versionName");
    return name == null || name.type() == BinaryXml.TYPE_REFERENCE ? null : name.text();
  }

  /** The permissions {@code <uses-permission>} children of {@code <manifest>} request. */
  private static List<String> permissions(List<Element> elements) {
    Set<String> permissions = new TreeSet<>();
    for (Element element : elements) {
      if (element.depth() == 2 && PERMISSION_TAGS.contains(element.name())) {
        Attribute name = element.android(ATTR_NAME, "name");
        if (name != null && name.type() == BinaryXml.TYPE_STRING && name.text() != null) {
          permissions.add(name.text());
        }
      }
    }
    return List.copyOf(permissions);
  }

  /**
   * Verifies the signatures for Android {@link #MIN_CHECKED_PLATFORM} and later, or from the
   * package's own minSdk where that is higher: a package for API 30 and up needs no v1 or v2
   * signature, and checking earlier versions would refuse a valid v3-only package.
   */
  private static ApkVerifier.Result verify(Path apk, int minSdk) throws IOException {
    ApkVerifier.Result result;
    try {
      result =
          new ApkVerifier.Builder(apk.toFile())
              .setMinCheckedPlatformVersion(Math.max(MIN_CHECKED_PLATFORM, minSdk))
              .build()
              .verify();
    } catch (ApkFormatException | NoSuchAlgorithmException | RuntimeException e) {
      throw PackageRefusals.refuse(e, "corrupt");
    }
    if (result.isVerified() && !result.getSignerCertificates().isEmpty()) {
      return result;
    }
    if (isUnsigned(result)) {
      throw PackageRefusals.refuse("unsigned");
    }
    IllegalStateException detail = new IllegalStateException("apksig: " + result.getAllErrors());
    throw PackageRefusals.refuse(detail, "signatureInvalid");
  }

  /** No signature of any scheme, as opposed to one that fails. */
  private static boolean isUnsigned(ApkVerifier.Result result) {
    return result.getV1SchemeSigners().isEmpty()
        && result.getV2SchemeSigners().isEmpty()
        && result.getV3SchemeSigners().isEmpty()
        && result.getV31SchemeSigners().isEmpty()
        && result.getAllErrors().stream()
            .map(IssueWithParams::getIssue)
            .allMatch(NO_SIGNATURE::contains);
  }

  private static List<SigningCertificate> certificates(List<X509Certificate> certificates) {
    List<SigningCertificate> read = new ArrayList<>();
    try {
      for (X509Certificate certificate : certificates) {
        read.add(SigningCertificates.of(certificate));
      }
    } catch (CertificateEncodingException e) {
      throw PackageRefusals.refuse(e, "signatureInvalid");
    }
    return read;
  }

  /** The v3 rotation lineage, oldest certificate first (apksig's order); empty without one. */
  private static List<SigningCertificate> lineage(SigningCertificateLineage lineage) {
    return lineage == null ? List.of() : certificates(lineage.getCertificatesInLineage());
  }
}
