package org.onewindow.region;

import java.util.Optional;
import java.util.regex.Pattern;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.MissingInputException;

/**
 * The administrative divisions an interface or an access unit may name (C 0109.1-2018 4.3, after
 * GB/T 2260): six-digit codes of provinces, prefectures and counties, each with its name.
 */
public interface DivisionTable {

  /** Six digits, as GB/T 2260 writes every code. */
  Pattern SHAPE = Pattern.compile("\\d{6}");

  /** The division's name, or empty when the code is not a division of the table. */
  Optional<String> nameOf(String code);

  /**
   * {@code code} stripped, after checking it is a division of this table: the one rule for every
   * place a division code is accepted. A missing code is refused, never replaced by a default.
   *
   * @throws MissingInputException naming {@code field} when the code is absent or blank (20003)
   * @throws InvalidInputException naming {@code field} when it is not six digits or not a division
   *     of the table
   */
  default String checked(String field, String code) {
    String value = code == null ? "" : code.strip();
    if (value.isEmpty()) {
      throw MissingInputException.of(field, "division.missing", field);
    }
    if (!SHAPE.matcher(value).matches()) {
      throw InvalidInputException.keyed(field, "division.shape", field);
    }
    if (nameOf(value).isEmpty()) {
      throw InvalidInputException.keyed(field, "division.unknown", field, value);
    }
    return value;
  }
}
