package org.onewindow.filing.infrastructure;

import java.io.IOException;
import java.nio.file.Path;
import org.onewindow.filing.domain.PackageFacts;
import org.onewindow.filing.domain.PackagePlatform;

/**
 * Reads any install package a filing carries (000 10.1): the reader of its platform, each bounded
 * against hostile archives, each refusing what it cannot read with a {@code filing.package.*}
 * message on the {@code installPackage} field.
 */
public final class InstallPackageReader {

  private final AndroidPackageReader android = new AndroidPackageReader();
  private final IosPackageReader ios = new IosPackageReader();
  private final HarmonyPackageReader harmony = new HarmonyPackageReader();
  private final MiniProgramPackageReader miniProgram = new MiniProgramPackageReader();

  /**
   * The facts of the package at {@code file}, read as a package of {@code platform}.
   *
   * @throws org.onewindow.common.InvalidInputException when the package is refused
   * @throws IOException when the file cannot be read
   */
  public PackageFacts read(PackagePlatform platform, Path file) throws IOException {
    return switch (platform) {
      case ANDROID -> android.read(file);
      case IOS -> ios.read(file);
      case HARMONY -> harmony.read(file);
      case MINI_PROGRAM -> miniProgram.read(file);
    };
  }
}
