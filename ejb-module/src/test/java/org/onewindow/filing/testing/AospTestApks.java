package org.onewindow.filing.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The AOSP apksig test APKs in {@code shared/testdata/apk} beside the project (its README tells
 * which is which), found by walking up from the working directory, used where they are and never
 * copied into the project. A test that needs them is skipped where the folder is absent.
 */
public final class AospTestApks {

  private static final Path FOLDER = find();

  private AospTestApks() {}

  /** The APK {@code name}, or the test is skipped (JUnit assumption) when the set is absent. */
  public static Path apk(String name) {
    assumeTrue(
        FOLDER != null,
        "shared/testdata/apk not found above " + Path.of("").toAbsolutePath() + ": skipped");
    Path file = FOLDER.resolve(name);
    assumeTrue(Files.isRegularFile(file), file + " is missing: skipped");
    return file;
  }

  private static Path find() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/testdata/apk");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
