package org.onewindow.filing.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.onewindow.filing.domain.InstallPackage;
import org.onewindow.filing.domain.PackageFacts;
import org.onewindow.filing.domain.SigningCertificate;

/**
 * A filing's install package as views show it (000 10.1): the file, and what was read from it.
 *
 * @param platform ANDROID, IOS, HARMONY or MINI_PROGRAM
 * @param originalName the uploaded file's name
 * @param size bytes
 * @param sm3 SM3 of the package, hex
 * @param packageName the package's identity
 * @param versionCode the version's number
 * @param versionName the version users see
 * @param minSdk the minimum platform level, or null
 * @param targetSdk the target platform level, or null
 * @param permissions the permissions requested
 * @param signatureSchemes the APK signature schemes that verified
 * @param signers the signers' certificates
 * @param lineage a v3 rotation lineage, oldest first
 * @param uploadedAt when
 */
public record PackageView(
    String platform,
    String originalName,
    long size,
    String sm3,
    String packageName,
    long versionCode,
    String versionName,
    Integer minSdk,
    Integer targetSdk,
    List<String> permissions,
    List<Integer> signatureSchemes,
    List<SigningCertificate> signers,
    List<SigningCertificate> lineage,
    Instant uploadedAt)
    implements Serializable {

  static PackageView of(InstallPackage stored) {
    if (stored == null) {
      return null;
    }
    PackageFacts facts = stored.facts();
    return new PackageView(
        stored.platform().name(),
        stored.originalName(),
        stored.size(),
        stored.sm3Hex(),
        facts.packageName(),
        facts.versionCode(),
        facts.versionName(),
        facts.minSdk(),
        facts.targetSdk(),
        facts.permissions(),
        facts.signatureSchemes(),
        facts.signers(),
        facts.lineage(),
        stored.uploadedAt());
  }
}
