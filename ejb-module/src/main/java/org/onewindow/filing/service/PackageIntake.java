package org.onewindow.filing.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.onewindow.filing.domain.Finding;
import org.onewindow.filing.domain.PackageFacts;
import org.onewindow.filing.domain.PackagePlatform;
import org.onewindow.filing.domain.UpgradeCheck;
import org.onewindow.filing.domain.UpgradeJudgement;
import org.onewindow.filing.domain.UpgradePath;
import org.onewindow.filing.infrastructure.InstallPackageReader;

/**
 * Reads an uploaded install package ({@link InstallPackageReader}, 000 10.1) and judges it as an
 * upgrade of the last approved version ({@link UpgradePath}, 000 10.3 c): on a refusal the findings
 * name what failed; on a pass, what was compared.
 */
final class PackageIntake {

  private PackageIntake() {}

  /**
   * @throws org.onewindow.common.InvalidInputException when the file is no readable, verifiable
   *     package of {@code platform}
   */
  static PackageFacts read(PackagePlatform platform, Path file) {
    try {
      return new InstallPackageReader().read(platform, file);
    } catch (IOException e) {
      throw new UncheckedIOException("reading a stored package failed", e);
    }
  }

  static UpgradeJudgement judge(PackageFacts approved, PackageFacts candidate) {
    UpgradePath.Review review = UpgradePath.review(approved, candidate);
    List<UpgradeCheck> shown = review.passed() ? review.checks() : review.failures();
    List<Finding> findings =
        shown.stream()
            .map(
                check ->
                    new Finding(
                        check.message().key(),
                        check.message().arguments().stream().map(String::valueOf).toList(),
                        List.of()))
            .toList();
    return new UpgradeJudgement(approved == null, review.passed(), findings);
  }
}
