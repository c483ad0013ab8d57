package org.onewindow.appcenter.service;

import java.nio.file.Path;
import org.onewindow.appcenter.files.AppFileStore;

/**
 * The node's store of app files, as every service opens it: {@code -Donewindow.files.dir}, else
 * WildFly's data directory, else the temporary directory (README "App files"). One place, so the
 * service that writes files and the one that serves icons always look in the same directory.
 */
final class AppFileStores {

  private AppFileStores() {}

  static AppFileStore platformStore() {
    return new AppFileStore(
        AppFileStore.baseDirectory(
            Path.of(System.getProperty("java.io.tmpdir"), "onewindow-files")));
  }
}
