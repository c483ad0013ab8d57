package org.onewindow.appcenter.service;

import java.time.Clock;
import java.util.EnumSet;
import org.onewindow.appcenter.domain.AppFileKind;
import org.onewindow.files.FileStore;

/**
 * The node's store of app files ({@link AppFileKind}), as every service opens it: {@code
 * -Donewindow.files.dir}, else WildFly's data directory, else the temporary directory (README "App
 * files"). One place, so the service that writes files and the one that serves icons always look in
 * the same directory.
 */
final class AppFileStores {

  private AppFileStores() {}

  static FileStore platformStore(Clock clock) {
    return FileStore.platform(EnumSet.allOf(AppFileKind.class), clock);
  }
}
