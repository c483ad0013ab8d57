package org.onewindow.common;

import java.io.Serializable;

/**
 * One page of a list the caller asks a service for: where it starts ({@code offset}, 0 the first
 * row), how many rows at most ({@code limit}), and the order — a sort field by its public name, as
 * the service's {@link SortFields} whitelist names it (null: the list's own order), and its
 * direction. The console's tables ask for one page at a time instead of the whole list, so a list
 * of any length costs one page's rows (issue 18 item 5).
 *
 * @param offset the first row, from 0
 * @param limit the most rows, 1 to {@link #MAX_LIMIT}
 * @param sortField the public name of the sort field, or null for the list's own order
 * @param ascending whether the sort field ascends (ignored when none is named)
 */
public record PageRequest(int offset, int limit, String sortField, boolean ascending)
    implements Serializable {

  /** The most rows one page may hold: more is a bulk export, not a page. */
  public static final int MAX_LIMIT = 500;

  /**
   * A checked request.
   *
   * @throws InvalidInputException for a negative offset or a limit outside 1 to {@link #MAX_LIMIT}
   */
  public PageRequest {
    if (offset < 0) {
      throw InvalidInputException.keyed("offset", "common.page.offset");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw InvalidInputException.keyed("limit", "common.page.limit", MAX_LIMIT);
    }
    sortField = sortField == null || sortField.isBlank() ? null : sortField.strip();
  }

  /** The first {@code limit} rows in the list's own order. */
  public static PageRequest first(int limit) {
    return new PageRequest(0, limit, null, false);
  }

  /** The same page sorted by {@code field} ({@code ascending} or not). */
  public PageRequest sortedBy(String field, boolean ascending) {
    return new PageRequest(offset, limit, field, ascending);
  }
}
