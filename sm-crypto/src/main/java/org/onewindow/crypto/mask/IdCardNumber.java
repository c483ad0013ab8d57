package org.onewindow.crypto.mask;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The 18-character citizen identification number of GB 11643-1999 (公民身份号码): a 6-digit address code,
 * the 8-digit birth date YYYYMMDD, a 3-digit sequence code and a check character computed by ISO
 * 7064 MOD 11-2 over the first 17 digits, {@code 0}–{@code 9} or {@code X}.
 *
 * <p>Validation checks the form, the check character (a lower-case {@code x} is taken as {@code X})
 * and that the birth date is a real calendar date, not in the future (today in China, UTC+8) and
 * not before 1800 — nobody alive was born earlier, and the bound keeps 18-digit numbers of other
 * kinds with a zero "year" from passing. The address code is not checked against the division list:
 * that list changes every year, and permanent residence cards of foreigners (starting with 9) use
 * the same form.
 *
 * <p>Error messages never contain the number or any part of it, since they tend to end up in logs
 * (003 6.3.2.1 d).
 */
public final class IdCardNumber {

  /** The number of characters in a resident ID number. */
  public static final int LENGTH = 18;

  /** Weight of digit i is 2^(17-i) mod 11 (ISO 7064 MOD 11-2), as GB 11643-1999 tabulates. */
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  /** The check character for each value of the weighted sum mod 11. */
  private static final char[] CHECK_CHARACTERS = {
    '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'
  };

  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1800, 1, 1);
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private IdCardNumber() {}

  /** Whether {@code value} is a valid resident ID number; {@code null} is not. */
  public static boolean isValid(String value) {
    return problem(value, today()) == null;
  }

  /**
   * The valid resident ID number {@code value}, with a lower-case check character {@code x} made
   * upper-case.
   *
   * @throws IllegalArgumentException naming what is wrong (never echoing the number)
   */
  public static String parse(String value) {
    String problem = problem(value, today());
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    return value.toUpperCase(Locale.ROOT);
  }

  /**
   * The check character GB 11643-1999 gives the first 17 digits of a number.
   *
   * @throws IllegalArgumentException if {@code first17} is not 17 ASCII digits
   */
  public static char checkCharacter(CharSequence first17) {
    if (first17 == null || first17.length() != LENGTH - 1 || !allDigits(first17, LENGTH - 1)) {
      throw new IllegalArgumentException("The check character needs exactly 17 digits");
    }
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS[sum % 11];
  }

  /** What is wrong with {@code value}, or {@code null} if nothing is. */
  static String problem(String value, LocalDate today) {
    if (value == null) {
      return "The ID number is missing";
    }
    if (value.length() != LENGTH) {
      return "An ID number has 18 characters, not " + value.length();
    }
    char last = Character.toUpperCase(value.charAt(LENGTH - 1));
    if (!allDigits(value, LENGTH - 1) || !(isAsciiDigit(last) || last == 'X')) {
      return "An ID number is 17 digits followed by a digit or X";
    }
    LocalDate birth = birthDate(value);
    if (birth == null) {
      return "The birth date in the ID number (characters 7 to 14) is not a calendar date";
    }
    if (birth.isAfter(today)) {
      return "The birth date in the ID number is in the future";
    }
    if (birth.isBefore(EARLIEST_BIRTH)) {
      return "The birth date in the ID number is before 1800";
    }
    if (checkCharacter(value.substring(0, LENGTH - 1)) != last) {
      return "The ID number's check character does not match its digits (GB 11643-1999)";
    }
    return null;
  }

  private static LocalDate birthDate(String value) {
    try {
      return LocalDate.of(
          Integer.parseInt(value, 6, 10, 10),
          Integer.parseInt(value, 10, 12, 10),
          Integer.parseInt(value, 12, 14, 10));
    } catch (DateTimeException e) {
      return null; // 19900230, month 13 and the like
    }
  }

  private static LocalDate today() {
    return LocalDate.now(CHINA);
  }

  private static boolean allDigits(CharSequence text, int count) {
    for (int i = 0; i < count; i++) {
      if (!isAsciiDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
