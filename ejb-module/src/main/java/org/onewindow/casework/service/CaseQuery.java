package org.onewindow.casework.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.onewindow.casework.domain.CaseStage;
import org.onewindow.common.EnumNames;
import org.onewindow.common.InvalidInputException;

/**
 * The filters of a case search (001 7.3 办件查询): the department, the matter, the stage reached and a
 * window of acceptance times; each null when not asked.
 *
 * @param departmentCode the implementing department's code
 * @param matterCode the matter's implementation code
 * @param stage the stage reached
 * @param acceptedFrom accepted at or after
 * @param acceptedBefore accepted before
 */
public record CaseQuery(
    String departmentCode,
    String matterCode,
    CaseStage stage,
    Instant acceptedFrom,
    Instant acceptedBefore)
    implements Serializable {

  private static final Pattern CODE = Pattern.compile("[0-9A-Za-z._-]{1,64}");

  /**
   * A checked query.
   *
   * @throws InvalidInputException for a malformed code or a window that ends before it starts
   */
  public CaseQuery {
    departmentCode = code("department", departmentCode);
    matterCode = code("matter", matterCode);
    if (acceptedFrom != null && acceptedBefore != null && !acceptedFrom.isBefore(acceptedBefore)) {
      throw InvalidInputException.keyed("acceptedBefore", "casework.query.window");
    }
  }

  /** Every case. */
  public static CaseQuery all() {
    return new CaseQuery(null, null, null, null, null);
  }

  /** Reads a stage as the API names it ({@code concluded}); blank: none. */
  public static CaseStage stage(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return EnumNames.lookup(CaseStage.class, text.strip().toUpperCase(Locale.ROOT))
        .orElseThrow(() -> InvalidInputException.keyed("stage", "casework.query.stage"));
  }

  /** Reads a time as ISO 8601 with an offset; blank: none. */
  public static Instant time(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw InvalidInputException.keyed(field, "casework.query.time", field);
    }
  }

  private static String code(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String code = text.strip();
    if (!CODE.matcher(code).matches()) {
      throw InvalidInputException.keyed(field, "casework.query.code", field);
    }
    return code;
  }
}
