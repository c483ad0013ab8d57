package org.onewindow.web.portal.map;

import java.util.Set;

/**
 * The area one map shows (GB/T 2260): a prefecture-level city with the counties under it, or a
 * municipality directly under the central government (北京 11, 天津 12, 上海 31, 重庆 50) whole; a
 * province's own halls get the province's map.
 */
public final class MapArea {

  private static final Set<String> MUNICIPALITIES = Set.of("11", "12", "31", "50");

  private MapArea() {}

  /** The area code (a six-digit division code) a division's halls are drawn in. */
  public static String of(String division) {
    String province = division.substring(0, 2);
    if (MUNICIPALITIES.contains(province) || division.endsWith("0000")) {
      return province + "0000";
    }
    return division.substring(0, 4) + "00";
  }

  /** Whether {@code division} lies in {@code area}. */
  public static boolean contains(String area, String division) {
    String prefix = area.endsWith("0000") ? area.substring(0, 2) : area.substring(0, 4);
    return division.startsWith(prefix);
  }
}
