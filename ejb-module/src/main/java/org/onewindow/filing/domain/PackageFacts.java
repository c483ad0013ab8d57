package org.onewindow.filing.domain;

import java.io.Serializable;
import java.util.List;

/**
 * What the platform read from an install package (000 10.1; 10.3 c, h): identity, version, the
 * permissions it requests and who signed it.
 *
 * @param platform the package's kind
 * @param packageName Android package, iOS bundle identifier, HarmonyOS bundle name, mini-program
 *     app id
 * @param versionCode the number that must grow with every upgrade (Android {@code versionCode} with
 *     {@code versionCodeMajor} in its high 32 bits; iOS {@code CFBundleVersion} read as a number
 *     where it is one, else 0)
 * @param versionName the version users see
 * @param minSdk Android's minimum API level (HarmonyOS its minimum API version), null elsewhere
 * @param targetSdk Android's target API level, null elsewhere
 * @param permissions the permissions requested, sorted, without duplicates
 * @param signatureSchemes the APK signature schemes that verified (1, 2, 3), empty elsewhere
 * @param signers the package's signers' certificates, the first the one compared on upgrade
 * @param lineage an APK v3 rotation lineage, oldest certificate first; empty without one
 */
public record PackageFacts(
    PackagePlatform platform,
    String packageName,
    long versionCode,
    String versionName,
    Integer minSdk,
    Integer targetSdk,
    List<String> permissions,
    List<Integer> signatureSchemes,
    List<SigningCertificate> signers,
    List<SigningCertificate> lineage)
    implements Serializable {

  public PackageFacts {
    permissions = List.copyOf(permissions);
    signatureSchemes = List.copyOf(signatureSchemes);
    signers = List.copyOf(signers);
    lineage = List.copyOf(lineage);
  }

  /** The certificate compared on upgrade, or null for an unsigned package. */
  public SigningCertificate signer() {
    return signers.isEmpty() ? null : signers.get(0);
  }
}
