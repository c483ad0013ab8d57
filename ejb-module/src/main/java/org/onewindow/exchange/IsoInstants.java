package org.onewindow.exchange;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads the times of exchange records (ISO 8601 with an offset, 004 7) — every record's version, a
 * case's stage times besides, a million records per sync. {@link OffsetDateTime#parse} costs about
 * a microsecond and a dozen objects each (a general formatter with optional sections and a
 * resolver), so the form every source sends — {@code yyyy-MM-ddTHH:mm:ss}, optional fraction of 1
 * to 9 digits, then {@code Z} or {@code ±HH:MM} — is read here by hand; anything else (another
 * form, or a value of this form that is no calendar time) is left to {@link OffsetDateTime#parse},
 * so what is accepted and refused is exactly what it accepts and refuses.
 */
public final class IsoInstants {

  private static final int SECONDS = 19; // "yyyy-MM-ddTHH:mm:ss"

  private IsoInstants() {}

  /**
   * The instant {@code text} names.
   *
   * @throws DateTimeParseException when it is no ISO 8601 date-time with an offset
   */
  public static Instant parse(String text) {
    Instant fast = fast(text);
    return fast != null ? fast : OffsetDateTime.parse(text).toInstant();
  }

  /** The instant of a value of the common form, or null to leave it to the full parser. */
  private static Instant fast(String text) {
    int length = text.length();
    if (length < SECONDS + 1
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = digits(text, 17, 19);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    int position = SECONDS;
    int nanos = 0;
    if (text.charAt(position) == '.') {
      int start = ++position;
      while (position < length && isDigit(text.charAt(position))) {
        position++;
      }
      int count = position - start;
      if (count < 1 || count > 9) {
        return null;
      }
      nanos = digits(text, start, position);
      for (int i = count; i < 9; i++) {
        nanos *= 10;
      }
    }
    int offsetSeconds = offset(text, position);
    if (offsetSeconds == Integer.MIN_VALUE || hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    long epochDay;
    try {
      epochDay = LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException e) {
      return null; // February 30 and the like: the full parser says why
    }
    long epochSecond = epochDay * 86_400 + hour * 3_600L + minute * 60L + second - offsetSeconds;
    return Instant.ofEpochSecond(epochSecond, nanos);
  }

  /** The offset {@code Z} or {@code ±HH:MM} ending the text at {@code position}, in seconds. */
  private static int offset(String text, int position) {
    int rest = text.length() - position;
    if (rest < 1) {
      return Integer.MIN_VALUE;
    }
    char sign = text.charAt(position);
    if (rest == 1 && sign == 'Z') {
      return 0;
    }
    if (rest != 6 || (sign != '+' && sign != '-') || text.charAt(position + 3) != ':') {
      return Integer.MIN_VALUE;
    }
    int hours = digits(text, position + 1, position + 3);
    int minutes = digits(text, position + 4, position + 6);
    if (hours < 0 || minutes < 0 || hours > 17 || minutes > 59) {
      return Integer.MIN_VALUE; // ±18:00 and beyond: the full parser's limits decide
    }
    int seconds = hours * 3_600 + minutes * 60;
    return sign == '-' ? -seconds : seconds;
  }

  /** The ASCII digits from {@code start} to {@code end} as a number, or -1 for any other. */
  private static int digits(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
