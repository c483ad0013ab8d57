package org.onewindow.casework.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.common.InvalidInputException;

class OpeningRuleTest {

  private static final int NINE = 9 * 60;

  @Test
  void onlyWholeSlotsBetweenOpeningAndClosingAreOffered() {
    // 09:00-11:45 in 60-minute slots: 09:00 and 10:00; 11:00 would end after closing
    OpeningRule rule = OpeningRule.checked(DayOfWeek.MONDAY, NINE, 11 * 60 + 45, 60, 3);
    assertEquals(List.of(NINE, 10 * 60), rule.starts());
    assertTrue(rule.startsAt(10 * 60));
    assertFalse(rule.startsAt(11 * 60), "a slot ending after closing");
    assertFalse(rule.startsAt(NINE + 30), "not a slot's start");
    assertFalse(rule.startsAt(8 * 60), "before opening");
  }

  @Test
  void rulesOutOfBoundsAreRefusedNamingTheValue() {
    assertEquals(
        "opens",
        assertThrows(
                InvalidInputException.class,
                () -> OpeningRule.checked(DayOfWeek.MONDAY, 17 * 60, NINE, 30, 1))
            .field());
    assertEquals(
        "slotMinutes",
        assertThrows(
                InvalidInputException.class,
                () -> OpeningRule.checked(DayOfWeek.MONDAY, NINE, 17 * 60, 5, 1))
            .field());
    assertEquals(
        "capacity",
        assertThrows(
                InvalidInputException.class,
                () -> OpeningRule.checked(DayOfWeek.MONDAY, NINE, 17 * 60, 30, 0))
            .field());
    assertEquals(
        "capacity",
        assertThrows(
                InvalidInputException.class,
                () ->
                    OpeningRule.checked(
                        DayOfWeek.MONDAY, NINE, 17 * 60, 30, OpeningRule.MAX_CAPACITY + 1))
            .field());
    assertEquals(
        "slotMinutes",
        assertThrows(
                InvalidInputException.class,
                () -> OpeningRule.checked(DayOfWeek.MONDAY, NINE, NINE + 20, 30, 1))
            .field());
  }

  @Test
  void timesOfDayAreReadAndWritten() {
    assertEquals(NINE, ClockTimes.minutes("opens", "09:00"));
    assertEquals(NINE + 30, ClockTimes.minutes("opens", " 9:30 "));
    assertEquals(24 * 60, ClockTimes.minutes("closes", "24:00"));
    assertEquals("09:05", ClockTimes.text(NINE + 5));
    for (String bad : new String[] {"", "9", "25:00", "09:60", "9h30", null}) {
      assertThrows(InvalidInputException.class, () -> ClockTimes.minutes("opens", bad), bad);
    }
  }
}
