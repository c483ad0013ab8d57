package org.onewindow.filing.service;

import java.time.Clock;
import java.util.EnumSet;
import org.onewindow.files.FileStore;
import org.onewindow.filing.domain.FilingFileKind;

/**
 * The node's store of filing files: the same directory as every capability's uploads ({@code
 * -Donewindow.files.dir}, else WildFly's data directory; a cluster shares it, README "Running a
 * cluster"), with the filing kinds' own prefixes.
 */
final class FilingFileStores {

  private FilingFileStores() {}

  static FileStore store(Clock clock) {
    return FileStore.platform(EnumSet.allOf(FilingFileKind.class), clock);
  }
}
