package org.onewindow.casework.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.onewindow.common.InvalidInputException;

/**
 * When a visit may be booked (001 7.2 网上预约): a slot that has not begun yet, on a day from today to
 * {@value #DAYS_AHEAD} days ahead, in Beijing time — the halls' time, whatever the server's.
 * Further ahead the halls' own plans (holidays, staff) are not known, so places are not promised.
 */
public final class BookingWindow {

  /** How many days ahead a visit may be booked. */
  public static final int DAYS_AHEAD = 14;

  /** The halls' time zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private BookingWindow() {}

  /**
   * Checks a slot of {@code day} starting {@code startMinute} after midnight against {@code now}.
   *
   * @throws InvalidInputException for a day or slot in the past, or a day too far ahead
   */
  public static void check(LocalDate day, int startMinute, ZonedDateTime now) {
    LocalDate today = now.withZoneSameInstant(ZONE).toLocalDate();
    checkDay(day, today);
    LocalDateTime start = day.atStartOfDay().plusMinutes(startMinute);
    if (!start.isAfter(now.withZoneSameInstant(ZONE).toLocalDateTime())) {
      throw InvalidInputException.keyed("start", "casework.appointment.past");
    }
  }

  /**
   * Checks that {@code day} is one visits may be booked for, today being {@code today}.
   *
   * @throws InvalidInputException for a day in the past or too far ahead
   */
  public static void checkDay(LocalDate day, LocalDate today) {
    if (day == null) {
      throw InvalidInputException.keyed("date", "casework.appointment.date");
    }
    if (day.isBefore(today)) {
      throw InvalidInputException.keyed("date", "casework.appointment.past");
    }
    if (day.isAfter(today.plusDays(DAYS_AHEAD))) {
      throw InvalidInputException.keyed("date", "casework.appointment.tooFar", DAYS_AHEAD);
    }
  }

  /** Today in the halls' time. */
  public static LocalDate today(java.time.Instant now) {
    return now.atZone(ZONE).toLocalDate();
  }
}
