package org.onewindow.casework.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Numbers online cases (办件编号, 004 表1): {@code WB}, the submission date in Beijing time, and the
 * application's row number zero-padded to ten digits — unique because the row number is, readable
 * on the phone, and never reused.
 */
public final class OnlineCaseNumbers {

  /** The prefix of online cases' numbers: 网办. */
  public static final String PREFIX = "WB";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Shanghai"));

  private OnlineCaseNumbers() {}

  /** The number of application {@code id} submitted at {@code at}. */
  public static String of(long id, Instant at) {
    if (id < 0) {
      throw new IllegalArgumentException("row numbers are positive: " + id);
    }
    return PREFIX + DAY.format(at) + String.format("%010d", id);
  }
}
