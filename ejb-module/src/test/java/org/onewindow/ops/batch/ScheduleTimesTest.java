package org.onewindow.ops.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.common.InvalidInputException;

/** When a schedule starts its job next (issue 19 item 5). */
class ScheduleTimesTest {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** 2026-12-07 10:00 in China. */
  private static final Instant T = Instant.parse("2026-12-07T02:00:00Z");

  @Test
  void anIntervalStartsEverySoManyMinutes() {
    ScheduleTimes times = ScheduleTimes.of(true, 15, null);
    assertEquals(T.plusSeconds(15 * 60), times.next(T, CHINA));
  }

  @Test
  void fixedTimesAreChinasAndRollOverToTheNextDay() {
    ScheduleTimes times = ScheduleTimes.of(true, null, "14:30, 02:00");
    assertEquals(List.of(LocalTime.of(2, 0), LocalTime.of(14, 30)), times.dailyAt());
    assertEquals(Instant.parse("2026-12-07T06:30:00Z"), times.next(T, CHINA));
    // after the last time of the day: the first one tomorrow
    Instant evening = Instant.parse("2026-12-07T07:00:00Z");
    assertEquals(Instant.parse("2026-12-07T18:00:00Z"), times.next(evening, CHINA));
    // exactly at a time: the next one, never the same start twice
    assertEquals(
        Instant.parse("2026-12-07T18:00:00Z"),
        times.next(Instant.parse("2026-12-07T06:30:00Z"), CHINA));
  }

  @Test
  void anEnabledScheduleNeedsExactlyOneOfIntervalAndTimes() {
    assertThrows(InvalidInputException.class, () -> ScheduleTimes.of(true, null, ""));
    assertThrows(InvalidInputException.class, () -> ScheduleTimes.of(true, 5, "02:00"));
    // a disabled one may keep either for later
    ScheduleTimes.of(false, 5, "02:00");
    ScheduleTimes.of(false, null, null);
  }

  @Test
  void boundsAndShapesAreChecked() {
    assertThrows(InvalidInputException.class, () -> ScheduleTimes.of(true, 0, null));
    assertThrows(
        InvalidInputException.class,
        () -> ScheduleTimes.of(true, ScheduleTimes.MOST_MINUTES + 1, null));
    assertThrows(InvalidInputException.class, () -> ScheduleTimes.of(true, null, "25:00"));
    assertThrows(InvalidInputException.class, () -> ScheduleTimes.of(true, null, "2pm"));
  }

  @Test
  void parametersSurviveTheirStoredForm() {
    Map<String, String> parameters = Map.of("chunkSize", "10", "recordsPerSecond", "5");
    assertEquals(
        parameters, ScheduleTimes.parseParameters(ScheduleTimes.parametersText(parameters)));
    assertEquals(Map.of(), ScheduleTimes.parseParameters(null));
  }
}
