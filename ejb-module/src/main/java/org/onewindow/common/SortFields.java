package org.onewindow.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fields a list may be sorted by: a whitelist from each public name (what a table column or an
 * API parameter says) to the JPQL path it sorts, so no caller's text ever reaches a query. The
 * list's own order applies when none is named, and a unique tie-breaker ends every order, so pages
 * never overlap or skip a row when many rows share a sort value.
 */
public final class SortFields {

  private final Map<String, String> paths;
  private final String defaultOrder;
  private final String tieBreaker;

  private SortFields(Map<String, String> paths, String defaultOrder, String tieBreaker) {
    this.paths = Map.copyOf(paths);
    this.defaultOrder = defaultOrder;
    this.tieBreaker = tieBreaker;
  }

  /**
   * A whitelist.
   *
   * @param paths public name → JPQL path (e.g. {@code "name" → "i.name"})
   * @param defaultOrder the JPQL order of the list when no field is named (e.g. {@code
   *     "i.review.updatedAt desc, i.id desc"})
   * @param tieBreaker a unique JPQL path ending every other order (e.g. {@code "i.id"})
   */
  public static SortFields of(Map<String, String> paths, String defaultOrder, String tieBreaker) {
    return new SortFields(new LinkedHashMap<>(paths), defaultOrder, tieBreaker);
  }

  /** The public names a caller may sort by. */
  public Set<String> names() {
    return paths.keySet();
  }

  /**
   * The JPQL {@code order by} clause (with its leading space) for {@code page}.
   *
   * @throws InvalidInputException when the page names a field outside the whitelist
   */
  public String orderBy(PageRequest page) {
    if (page.sortField() == null) {
      return " order by " + defaultOrder;
    }
    String path = paths.get(page.sortField());
    if (path == null) {
      throw InvalidInputException.keyed(
          "sortField", "common.page.sortField", page.sortField(), String.join(", ", names()));
    }
    String direction = page.ascending() ? " asc" : " desc";
    return " order by " + path + direction + ", " + tieBreaker + direction;
  }
}
