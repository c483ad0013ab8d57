package org.onewindow.inspection.service;

import java.time.Clock;
import java.util.EnumSet;
import org.onewindow.files.FileStore;
import org.onewindow.inspection.domain.InspectionFileKind;

/**
 * The node's store of inspection files (page screenshots): the same directory as every capability's
 * files ({@code -Donewindow.files.dir}, else WildFly's data directory), with the inspection kinds'
 * own prefix.
 */
final class InspectionFileStores {

  private InspectionFileStores() {}

  static FileStore store(Clock clock) {
    return FileStore.platform(EnumSet.allOf(InspectionFileKind.class), clock);
  }
}
