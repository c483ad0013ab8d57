package org.onewindow.appcenter.service;

import org.onewindow.appcenter.domain.DivisionTable;
import org.onewindow.appcenter.infrastructure.BundledDivisionTable;

/**
 * The division table the services check codes against: the bundled GB/T 2260 edition, or the file
 * named by {@code -Donewindow.divisions.file} (production keeps it current). Read once.
 */
final class Divisions {

  private Divisions() {}

  static DivisionTable table() {
    return BundledDivisionTable.configured();
  }
}
