package org.onewindow.appcenter.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import org.onewindow.appcenter.domain.AppFileKind;
import org.onewindow.files.FileStore;
import org.onewindow.files.UploadLimits;

/**
 * The node's store of app files ({@link AppFileKind}), as every service opens it: {@code
 * -Donewindow.files.dir}, else WildFly's data directory, else the temporary directory (README "App
 * files"). One place, so the service that writes files and the one that serves icons always look in
 * the same directory.
 */
final class AppFileStores {

  private AppFileStores() {}

  static FileStore platformStore(Clock clock) {
    return new FileStore(
        FileStore.baseDirectory(Path.of(System.getProperty("java.io.tmpdir"), "onewindow-files")),
        EnumSet.allOf(AppFileKind.class),
        UploadLimits.defaults(),
        clock);
  }
}
