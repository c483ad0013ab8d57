package org.onewindow.casework.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.common.InvalidInputException;

/**
 * Times of day as people write them ({@code 09:00}, {@code 9:30}) and as minutes after midnight.
 */
public final class ClockTimes {

  private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)|24:00");

  private ClockTimes() {}

  /**
   * The minutes after midnight {@code text} names.
   *
   * @throws InvalidInputException when it is no time of day
   */
  public static int minutes(String field, String text) {
    String value = text == null ? "" : text.strip();
    Matcher time = TIME.matcher(value);
    if (!time.matches()) {
      throw InvalidInputException.keyed(field, "casework.opening.time", value);
    }
    if (time.group(1) == null) {
      return 24 * 60;
    }
    return Integer.parseInt(time.group(1)) * 60 + Integer.parseInt(time.group(2));
  }

  /** {@code minutes} after midnight as {@code HH:mm}. */
  public static String text(int minutes) {
    return String.format("%02d:%02d", minutes / 60, minutes % 60);
  }
}
