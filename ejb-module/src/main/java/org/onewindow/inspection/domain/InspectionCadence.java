package org.onewindow.inspection.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * How often an online subject is inspected (003 6.7.3 c): 「新服务首月30分钟一次；服务稳定后一天两次」 — every 30
 * minutes during the calendar month after it first went online, then twice a day. The month runs
 * from the first time it went online: going offline and back does not make a service new again.
 */
public final class InspectionCadence {

  /** 首月 30 分钟一次. */
  public static final Duration FIRST_MONTH = Duration.ofMinutes(30);

  /** 一天两次. */
  public static final Duration STABLE = Duration.ofHours(12);

  private InspectionCadence() {}

  /** Whether {@code at} still lies in the first month after {@code firstOnline}. */
  public static boolean inFirstMonth(Instant firstOnline, Instant at) {
    Instant monthEnd = firstOnline.atZone(ZoneOffset.UTC).plusMonths(1).toInstant();
    return at.isBefore(monthEnd);
  }

  /** The interval that applies after an inspection at {@code at}. */
  public static Duration interval(Instant firstOnline, Instant at) {
    return inFirstMonth(firstOnline, at) ? FIRST_MONTH : STABLE;
  }

  /**
   * When the subject is next due: at once if it was never inspected, else one interval after the
   * last inspection (the interval of the period that inspection fell in).
   */
  public static Instant nextDue(Instant firstOnline, Instant lastInspected) {
    if (lastInspected == null) {
      return firstOnline;
    }
    return lastInspected.plus(interval(firstOnline, lastInspected));
  }

  /** Whether the subject is due at {@code now}. */
  public static boolean isDue(Instant firstOnline, Instant lastInspected, Instant now) {
    return !nextDue(firstOnline, lastInspected).isAfter(now);
  }
}
