package org.onewindow.matter.domain;

import java.util.regex.Pattern;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.MissingInputException;

/**
 * The codes a matter carries (001 7.1; 002 6.2): the 基本编码 of the basic catalogue, the 实施编码 of an
 * implementation-list item, and the implementing agency's 统一社会信用代码 (GB 32100-2015, with its check
 * character). Codes are upper-case letters and digits; the platform reads them as given, stripped,
 * and refuses anything else with the field's message.
 */
public final class MatterCodes {

  /** 基本编码: the national catalogue's code, 6 to 32 upper-case letters and digits. */
  static final Pattern BASIC = Pattern.compile("[0-9A-Z]{6,32}");

  /** 实施编码: 基本编码, agency and handling item together, 8 to 64 upper-case letters and digits. */
  static final Pattern IMPLEMENTATION = Pattern.compile("[0-9A-Z]{8,64}");

  /** GB 32100-2015 4: the 31 characters a 统一社会信用代码 is written in (no I, O, S, V, Z). */
  private static final String USCC_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /** GB 32100-2015 5: the weights of the first 17 characters for the check character. */
  private static final int[] USCC_WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  private MatterCodes() {}

  /** A 基本编码, checked. */
  public static String basicCode(String field, String text) {
    return checked(field, text, BASIC, "matter.code.basic");
  }

  /** A 实施编码, checked. */
  public static String implementationCode(String field, String text) {
    return checked(field, text, IMPLEMENTATION, "matter.code.implementation");
  }

  /**
   * A 统一社会信用代码 of 18 characters whose last is the check character GB 32100-2015 5 computes.
   *
   * @throws InvalidInputException naming {@code field} otherwise
   */
  public static String creditCode(String field, String text) {
    String code = required(field, text);
    if (code.length() != 18 || !uscc(code)) {
      throw InvalidInputException.keyed(field, "matter.code.credit", code);
    }
    return code;
  }

  /** The check character of the first 17 characters of a 统一社会信用代码 (GB 32100-2015 5). */
  public static char creditCheckCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int value = USCC_CHARACTERS.indexOf(first17.charAt(i));
      if (value < 0) {
        throw new IllegalArgumentException("not a credit code character: " + first17.charAt(i));
      }
      sum += value * USCC_WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    return USCC_CHARACTERS.charAt(check == 31 ? 0 : check);
  }

  private static boolean uscc(String code) {
    for (int i = 0; i < code.length(); i++) {
      if (USCC_CHARACTERS.indexOf(code.charAt(i)) < 0) {
        return false;
      }
    }
    return creditCheckCharacter(code.substring(0, 17)) == code.charAt(17);
  }

  private static String checked(String field, String text, Pattern shape, String key) {
    String code = required(field, text);
    if (!shape.matcher(code).matches()) {
      throw InvalidInputException.keyed(field, key, code);
    }
    return code;
  }

  private static String required(String field, String text) {
    String code = text == null ? "" : text.strip();
    if (code.isEmpty()) {
      throw MissingInputException.of(field, "matter.field.missing", new FieldName(field));
    }
    if (code.length() > 64) {
      throw InvalidInputException.keyed(field, "matter.field.tooLong", new FieldName(field), 64);
    }
    return code;
  }
}
