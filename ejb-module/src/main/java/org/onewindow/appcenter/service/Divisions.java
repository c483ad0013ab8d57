package org.onewindow.appcenter.service;

import java.util.Map;
import java.util.Optional;
import org.onewindow.appcenter.domain.DivisionTable;

/** The division table the services check codes against. */
final class Divisions {

  /** Interim: province-level codes only, until the bundled GB/T 2260 table lands. */
  private static final DivisionTable TABLE =
      code ->
          Optional.ofNullable(Map.of("110000", "北京市", "330000", "浙江省", "440000", "广东省").get(code));

  private Divisions() {}

  static DivisionTable table() {
    return TABLE;
  }
}
