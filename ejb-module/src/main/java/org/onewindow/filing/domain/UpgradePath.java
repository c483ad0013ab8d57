package org.onewindow.filing.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The upgrade rule of 000 10.3 c: a new version of a filed app is the same app, later, from the
 * same developer. Compared with the last approved version's package facts:
 *
 * <ol>
 *   <li>the same kind of package and the same package name (Android package, bundle identifier);
 *   <li>a strictly greater version code (Android refuses to install a lower or equal one over it);
 *   <li>the same signing certificates — or, for an APK, a v3 rotation lineage in which the approved
 *       signer vouched for the new one (APK Signature Scheme v3 key rotation).
 * </ol>
 *
 * Every check reports, passed or not, so the reviewer sees what held as well as what failed.
 */
public final class UpgradePath {

  private UpgradePath() {}

  /** What a candidate version's review found. */
  public record Review(List<UpgradeCheck> checks) implements Serializable {

    public Review {
      checks = List.copyOf(checks);
    }

    /** Whether every check passed. */
    public boolean passed() {
      return checks.stream().allMatch(UpgradeCheck::passed);
    }

    /** The findings, in the rule's order. */
    public List<UpgradeFinding> findings() {
      return checks.stream().map(UpgradeCheck::finding).toList();
    }

    /** The checks that failed. */
    public List<UpgradeCheck> failures() {
      return checks.stream().filter(c -> !c.passed()).toList();
    }
  }

  /**
   * Reviews {@code candidate} against {@code approved}, the facts of the last approved version of
   * the same app, or null for a first filing.
   */
  public static Review review(PackageFacts approved, PackageFacts candidate) {
    if (candidate == null) {
      throw new IllegalArgumentException("a candidate package is needed");
    }
    if (approved == null) {
      return new Review(List.of(UpgradeCheck.of(UpgradeFinding.FIRST_FILING)));
    }
    List<UpgradeCheck> checks = new ArrayList<>();
    if (approved.platform() != candidate.platform()) {
      checks.add(
          UpgradeCheck.of(
              UpgradeFinding.PLATFORM_CHANGED, candidate.platform(), approved.platform()));
    }
    checks.add(packageName(approved, candidate));
    checks.add(version(approved, candidate));
    checks.add(signer(approved, candidate));
    return new Review(checks);
  }

  private static UpgradeCheck packageName(PackageFacts approved, PackageFacts candidate) {
    return approved.packageName().equals(candidate.packageName())
        ? UpgradeCheck.of(UpgradeFinding.SAME_PACKAGE, candidate.packageName())
        : UpgradeCheck.of(
            UpgradeFinding.PACKAGE_CHANGED, candidate.packageName(), approved.packageName());
  }

  private static UpgradeCheck version(PackageFacts approved, PackageFacts candidate) {
    // version codes as text: a MessageFormat would group their digits (4,294,967,321)
    String was = Long.toString(approved.versionCode());
    String is = Long.toString(candidate.versionCode());
    if (approved.versionCode() == 0 && candidate.versionCode() == 0) {
      return UpgradeCheck.of(
          UpgradeFinding.VERSION_UNNUMBERED,
          String.valueOf(candidate.versionName()),
          String.valueOf(approved.versionName()));
    }
    // Android compares version codes as signed longs (PackageInfo.getLongVersionCode)
    return candidate.versionCode() > approved.versionCode()
        ? UpgradeCheck.of(UpgradeFinding.VERSION_GREW, is, was)
        : UpgradeCheck.of(UpgradeFinding.VERSION_NOT_GREATER, is, was);
  }

  private static UpgradeCheck signer(PackageFacts approved, PackageFacts candidate) {
    if (approved.signers().isEmpty() && candidate.signers().isEmpty()) {
      return UpgradeCheck.of(UpgradeFinding.NO_SIGNER);
    }
    if (!approved.signers().isEmpty()
        && fingerprints(approved.signers()).equals(fingerprints(candidate.signers()))) {
      return UpgradeCheck.of(UpgradeFinding.SAME_SIGNER);
    }
    // rotation is one signer's: Android accepts a lineage only for a package with one signer
    if (approved.signers().size() == 1
        && candidate.signers().size() == 1
        && fingerprints(candidate.lineage()).contains(approved.signer().sha256Hex())) {
      return UpgradeCheck.of(UpgradeFinding.SIGNER_ROTATED);
    }
    return UpgradeCheck.of(UpgradeFinding.SIGNER_CHANGED);
  }

  private static Set<String> fingerprints(List<SigningCertificate> certificates) {
    return certificates.stream().map(SigningCertificate::sha256Hex).collect(Collectors.toSet());
  }
}
