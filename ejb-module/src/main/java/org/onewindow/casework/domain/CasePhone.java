package org.onewindow.casework.domain;

import java.util.regex.Pattern;

/**
 * An applicant's phone number: a mainland mobile number (11 digits beginning 13–19, an optional
 * {@code +86} in front) or a landline with its area code (010, 02x or a 4-digit code, a 7- or
 * 8-digit subscriber number, an extension after a hyphen). Stored as digits, landlines with the
 * hyphen after the area code.
 */
public final class CasePhone {

  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Pattern LANDLINE =
      Pattern.compile("(0(?:10|2\\d|[3-9]\\d{2}))-?([2-9]\\d{6,7}(?:-\\d{1,6})?)");

  private CasePhone() {}

  /** The number in its stored form, or null when {@code text} is no phone number. */
  public static String normalized(String text) {
    // Plain string operations: String.replaceFirst would compile its regular expression per call.
    String mobile = (text.startsWith("+86") ? text.substring(3) : text).replace(" ", "");
    mobile = mobile.replace("-", "");
    if (MOBILE.matcher(mobile).matches()) {
      return mobile;
    }
    var landline = LANDLINE.matcher(text.replace(" ", ""));
    return landline.matches() ? landline.group(1) + "-" + landline.group(2) : null;
  }

  /** Whether a stored number is a landline (masked by its own rule, 000 示例8). */
  static boolean isLandline(String stored) {
    return stored.startsWith("0");
  }
}
