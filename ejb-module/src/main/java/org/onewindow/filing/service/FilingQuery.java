package org.onewindow.filing.service;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import org.onewindow.common.EnumNames;
import org.onewindow.common.InputRules;
import org.onewindow.common.InvalidInputException;
import org.onewindow.filing.domain.PackagePlatform;
import org.onewindow.review.ReviewStatus;

/**
 * A search of filings as the console's table and the API ask it (issue 18 item 4): words in the
 * app's name, package name, unit or filing number; a state; a platform; a page of the result,
 * sorted on the server by a field of {@link #SORTS}.
 *
 * @param text words to find, or blank
 * @param status a review state, or null for all
 * @param platform a package platform, or null for all
 * @param offset the first row
 * @param limit rows in the page (1–{@value #MAX_LIMIT})
 * @param sort a key of {@link #SORTS}
 * @param ascending the direction
 */
public record FilingQuery(
    String text,
    ReviewStatus status,
    PackagePlatform platform,
    int offset,
    int limit,
    String sort,
    boolean ascending)
    implements Serializable {

  public static final int MAX_LIMIT = 200;
  public static final int MAX_TEXT = 100;

  /** The fields a search may sort on, and the JPQL path each sorts by. */
  static final Map<String, String> SORTS =
      Map.of(
          "updatedAt", "f.review.updatedAt",
          "appName", "f.appName",
          "unitName", "f.unitName",
          "status", "f.review.status",
          "createdAt", "f.createdAt");

  /**
   * A query checked and bounded.
   *
   * @throws InvalidInputException for a sort field not offered, a negative offset, a page too large
   *     or words too long
   */
  public FilingQuery {
    text = InputRules.singleLine("text", text);
    if (text.length() > MAX_TEXT) {
      throw InvalidInputException.keyed(
          "text",
          "filing.field.tooLong",
          new org.onewindow.filing.domain.FieldLabel("text"),
          String.valueOf(MAX_TEXT));
    }
    if (offset < 0) {
      throw InvalidInputException.keyed("offset", "filing.query.offset");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw InvalidInputException.keyed("limit", "filing.query.limit", String.valueOf(MAX_LIMIT));
    }
    sort = sort == null || sort.isBlank() ? "updatedAt" : sort.strip();
    if (!SORTS.containsKey(sort)) {
      throw InvalidInputException.keyed(
          "sort",
          "filing.query.sort",
          String.join(", ", SORTS.keySet().stream().sorted().toList()));
    }
  }

  /** Everything, newest change first. */
  public static FilingQuery firstPage(int limit) {
    return new FilingQuery("", null, null, 0, limit, "updatedAt", false);
  }

  /** Reads the filters as the API names them ({@code submitted}, {@code android}); blank: none. */
  public static ReviewStatus status(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return EnumNames.lookup(ReviewStatus.class, text)
        .orElseThrow(() -> InvalidInputException.keyed("status", "filing.query.status"));
  }

  public static PackagePlatform platform(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return EnumNames.lookup(PackagePlatform.class, text.toUpperCase(Locale.ROOT))
        .orElseThrow(() -> InvalidInputException.keyed("platform", "filing.platform.unknown"));
  }
}
