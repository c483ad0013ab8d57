package org.onewindow.filing.service;

import java.nio.file.Path;
import org.onewindow.filing.domain.PackageFacts;
import org.onewindow.filing.domain.PackagePlatform;
import org.onewindow.filing.domain.UpgradeJudgement;

/** Reads an uploaded install package and judges it as an upgrade (000 10.1, 10.3 c). */
final class PackageIntake {

  private PackageIntake() {}

  static PackageFacts read(PackagePlatform platform, Path file) {
    throw new IllegalStateException("package readers arrive with the infrastructure");
  }

  static UpgradeJudgement judge(PackageFacts approved, PackageFacts candidate) {
    throw new IllegalStateException("the upgrade rule arrives with the infrastructure");
  }
}
