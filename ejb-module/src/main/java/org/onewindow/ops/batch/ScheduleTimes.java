package org.onewindow.ops.batch;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.onewindow.common.InvalidInputException;

/**
 * When a schedule starts its job: every {@code everyMinutes} minutes, or at fixed times of the day.
 * Exactly one of the two while enabled; a disabled schedule may keep either for later.
 *
 * @param everyMinutes 1 to {@link #MOST_MINUTES}, or null
 * @param dailyAt the times of the day, sorted and distinct (empty: none)
 */
public record ScheduleTimes(boolean enabled, Integer everyMinutes, List<LocalTime> dailyAt) {

  /** A week: a job that runs more seldom is started by hand. */
  public static final int MOST_MINUTES = 7 * 24 * 60;

  /** Fixed times a day at most: more is an interval. */
  static final int MOST_TIMES = 24;

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  /**
   * A checked schedule.
   *
   * @throws InvalidInputException for an interval out of bounds, or an enabled schedule with both
   *     or neither of an interval and fixed times
   */
  public ScheduleTimes {
    dailyAt = List.copyOf(new TreeSet<>(dailyAt == null ? List.of() : dailyAt));
    if (everyMinutes != null && (everyMinutes < 1 || everyMinutes > MOST_MINUTES)) {
      throw InvalidInputException.keyed("everyMinutes", "ops.schedule.everyMinutes", MOST_MINUTES);
    }
    if (dailyAt.size() > MOST_TIMES) {
      throw InvalidInputException.keyed("dailyAt", "ops.schedule.dailyAt", MOST_TIMES);
    }
    if (enabled && (everyMinutes == null) == dailyAt.isEmpty()) {
      throw InvalidInputException.keyed("everyMinutes", "ops.schedule.oneOfTheTwo");
    }
  }

  /** A schedule from the form's or the API's text ({@code dailyAt}: {@code 02:00,14:30}). */
  public static ScheduleTimes of(boolean enabled, Integer everyMinutes, String dailyAt) {
    return new ScheduleTimes(enabled, everyMinutes, parseDailyAt(dailyAt));
  }

  /** The first start after {@code after}. */
  public Instant next(Instant after, ZoneId zone) {
    if (everyMinutes != null) {
      return after.plus(Duration.ofMinutes(everyMinutes));
    }
    ZonedDateTime from = after.atZone(zone);
    LocalDate day = from.toLocalDate();
    for (int days = 0; days < 2; days++) {
      for (LocalTime time : dailyAt) {
        Instant candidate = day.plusDays(days).atTime(time).atZone(zone).toInstant();
        if (candidate.isAfter(after)) {
          return candidate;
        }
      }
    }
    throw new IllegalStateException("a schedule without times has no next start");
  }

  String dailyAtText() {
    return dailyAt.isEmpty()
        ? null
        : dailyAt.stream().map(HH_MM::format).collect(Collectors.joining(","));
  }

  /**
   * The fixed times of {@code text}, comma-separated {@code HH:mm}.
   *
   * @throws InvalidInputException for a time that is not one
   */
  static List<LocalTime> parseDailyAt(String text) {
    List<LocalTime> times = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return times;
    }
    for (String part : text.split("[,\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      try {
        times.add(LocalTime.parse(part.strip(), HH_MM));
      } catch (DateTimeParseException e) {
        throw InvalidInputException.keyed("dailyAt", "ops.schedule.dailyAt", MOST_TIMES);
      }
    }
    return times;
  }

  /** The parameters as stored: {@code name=value;name=value} (names and values are plain). */
  static String parametersText(Map<String, String> parameters) {
    if (parameters == null || parameters.isEmpty()) {
      return null;
    }
    return parameters.entrySet().stream()
        .map(entry -> entry.getKey() + "=" + entry.getValue())
        .collect(Collectors.joining(";"));
  }

  static Map<String, String> parseParameters(String text) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return parameters;
    }
    for (String pair : text.split(";")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        parameters.put(pair.substring(0, equals), pair.substring(equals + 1));
      }
    }
    return parameters;
  }
}
