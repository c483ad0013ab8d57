package org.onewindow.filing.domain;

import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.common.InvalidInputException;

/**
 * A filing record's number (000 10; issue 18 item 3): {@code <division>-<year>-<serial>-<check>},
 * for example {@code 330000-2026-000123-4}.
 *
 * <ul>
 *   <li>{@code division}: the six-digit administrative division code (GB/T 2260) of the unit that
 *       filed the app;
 *   <li>{@code year}: the four-digit year the record was issued;
 *   <li>{@code serial}: six digits, counting the division's records of that year from 000001;
 *   <li>{@code check}: the ISO 7064 MOD 11-2 check character over the 16 digits before it, {@code
 *       0}–{@code 9} or {@code X} — the scheme of the citizen ID number (GB 11643-1999 clause 5.2),
 *       so that one mistyped digit or two swapped neighbours never give another valid number.
 * </ul>
 *
 * The scheme is also written down in {@code docs/wire-formats.md} ("Filing record signature").
 *
 * @param divisionCode six digits
 * @param year 1000–9999
 * @param serial 1–999999
 */
public record FilingNumber(String divisionCode, int year, int serial) implements Serializable {

  private static final Pattern DIVISION = Pattern.compile("\\d{6}");

  private static final Pattern FORMAT = Pattern.compile("(\\d{6})-(\\d{4})-(\\d{6})-([0-9X])");

  private static final int MAX_SERIAL = 999_999;

  /** Checks the parts; numbers from outside go through {@link #parse}. */
  public FilingNumber {
    if (divisionCode == null || !DIVISION.matcher(divisionCode).matches()) {
      throw new IllegalArgumentException("division code is not six digits: " + divisionCode);
    }
    if (year < 1000 || year > 9999) {
      throw new IllegalArgumentException("year is not four digits: " + year);
    }
    if (serial < 1 || serial > MAX_SERIAL) {
      throw new IllegalArgumentException("serial out of 1–999999: " + serial);
    }
  }

  /** The number of the {@code serial}-th record of {@code divisionCode} in {@code year}. */
  public static FilingNumber of(String divisionCode, int year, int serial) {
    return new FilingNumber(divisionCode, year, serial);
  }

  /**
   * Reads a number as people type it: surrounding blanks are ignored and a lower-case {@code x} is
   * taken for {@code X} (as ID-number forms do).
   *
   * @throws InvalidInputException on field {@code filingNumber} when the text is not a number of
   *     this scheme or its check character is wrong
   */
  public static FilingNumber parse(String text) {
    Matcher parts =
        FORMAT.matcher(text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT));
    if (!parts.matches()) {
      throw invalid();
    }
    String digits = parts.group(1) + parts.group(2) + parts.group(3);
    int serial = Integer.parseInt(parts.group(3));
    if (serial == 0 || checkCharacter(digits) != parts.group(4).charAt(0)) {
      throw invalid();
    }
    return new FilingNumber(parts.group(1), Integer.parseInt(parts.group(2)), serial);
  }

  /** The 16 digits the check character covers. */
  String digits() {
    return divisionCode + year + String.format("%06d", serial);
  }

  /** The check character of the number. */
  public char check() {
    return checkCharacter(digits());
  }

  /** {@code 330000-2026-000123-4}. */
  @Override
  public String toString() {
    return String.format("%s-%04d-%06d-%c", divisionCode, year, serial, check());
  }

  /**
   * ISO 7064 MOD 11-2 (GB 11643-1999 clause 5.2.1): the digit at position i, counted from the right
   * with the check character at position 1, weighs 2^(i-1) mod 11; the check value C makes the
   * weighted sum plus C congruent to 1 mod 11, and C = 10 is written {@code X}.
   */
  static char checkCharacter(String digits) {
    int sum = 0;
    int weight = 2; // the rightmost digit stands at position 2
    for (int i = digits.length() - 1; i >= 0; i--) {
      sum += (digits.charAt(i) - '0') * weight;
      weight = weight * 2 % 11;
    }
    int check = (12 - sum % 11) % 11;
    return check == 10 ? 'X' : (char) ('0' + check);
  }

  private static InvalidInputException invalid() {
    return InvalidInputException.keyed("filingNumber", "filing.number.invalid");
  }
}
