package org.onewindow.casework.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.onewindow.common.InvalidInputException;

class BookingWindowTest {

  /** 2026-12-08 01:30 UTC is 09:30 in Beijing. */
  private static final ZonedDateTime NOW =
      ZonedDateTime.of(2026, 12, 8, 1, 30, 0, 0, ZoneOffset.UTC);

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

  @Test
  void aLaterSlotTodayAndOneOnTheLastDayAheadMayBeBooked() {
    assertDoesNotThrow(() -> BookingWindow.check(TODAY, 10 * 60, NOW));
    assertDoesNotThrow(
        () -> BookingWindow.check(TODAY.plusDays(BookingWindow.DAYS_AHEAD), 9 * 60, NOW));
  }

  @Test
  void aSlotBegunAPastDayAndADayTooFarAheadAreRefused() {
    assertEquals(
        "casework.appointment.past",
        assertThrows(InvalidInputException.class, () -> BookingWindow.check(TODAY, 9 * 60, NOW))
            .text()
            .orElseThrow()
            .key());
    assertEquals(
        "casework.appointment.past",
        assertThrows(
                InvalidInputException.class,
                () -> BookingWindow.check(TODAY.minusDays(1), 15 * 60, NOW))
            .text()
            .orElseThrow()
            .key());
    assertEquals(
        "casework.appointment.tooFar",
        assertThrows(
                InvalidInputException.class,
                () ->
                    BookingWindow.check(TODAY.plusDays(BookingWindow.DAYS_AHEAD + 1), 9 * 60, NOW))
            .text()
            .orElseThrow()
            .key());
  }

  @Test
  void theDayIsTheHallsDayInBeijingNotTheServers() {
    // 17:00 UTC on the 7th is 01:00 on the 8th in Beijing: the 7th is past there
    ZonedDateTime lateUtc = ZonedDateTime.of(2026, 12, 7, 17, 0, 0, 0, ZoneOffset.UTC);
    assertEquals(TODAY, BookingWindow.today(lateUtc.toInstant()));
    assertThrows(
        InvalidInputException.class,
        () -> BookingWindow.check(LocalDate.of(2026, 12, 7), 23 * 60, lateUtc));
  }
}
