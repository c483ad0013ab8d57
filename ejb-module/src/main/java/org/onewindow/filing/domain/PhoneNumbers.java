package org.onewindow.filing.domain;

import java.util.regex.Pattern;
import org.onewindow.common.InputRules;
import org.onewindow.common.InvalidInputException;

/**
 * The telephone numbers a filing's responsible units give (000 10.2: 主管部门联系电话, 主管联系电话, 技术联系单位联系电话):
 * a mainland mobile number ({@code 13912345678}, optionally {@code +86}) or a landline with its
 * area code ({@code 010-12345678}, {@code 0571-8765432}, an extension after a second hyphen).
 * Spaces and hyphens inside a mobile number are dropped; the stored form is the digits (with the
 * landline's hyphens).
 */
public final class PhoneNumbers {

  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

  /** Area codes are 3 digits (010, 020–029) or 4 (0571…), subscriber numbers 7 or 8 digits. */
  private static final Pattern LANDLINE =
      Pattern.compile("0(?:10|2\\d|[3-9]\\d{2})-?[2-9]\\d{6,7}(?:-\\d{1,6})?");

  private PhoneNumbers() {}

  /**
   * The number in its stored form.
   *
   * @throws InvalidInputException naming {@code field} when it is neither a mobile nor a landline
   *     number with an area code
   */
  public static String checked(String field, String text) {
    String value = InputRules.singleLine(field, text);
    String mobile = value.replaceFirst("^\\+86", "").replaceAll("[\\s-]", "");
    if (MOBILE.matcher(mobile).matches()) {
      return mobile;
    }
    String landline = value.replaceAll("\\s", "");
    if (LANDLINE.matcher(landline).matches()) {
      return landline;
    }
    throw InvalidInputException.keyed(field, "filing.phone.invalid", new FieldLabel(field));
  }

  /** Whether {@code text} is a number {@link #checked} accepts. */
  public static boolean isValid(String text) {
    try {
      checked("phone", text);
      return true;
    } catch (InvalidInputException e) {
      return false;
    }
  }
}
