package org.onewindow.casework.service;

import java.io.Serializable;
import org.onewindow.casework.domain.ClockTimes;
import org.onewindow.casework.domain.OpeningRule;

/**
 * One day of a hall's appointment hours.
 *
 * @param weekday 1 (Monday) to 7 (Sunday)
 * @param opens the first slot's start, {@code HH:mm}
 * @param closes closing time, {@code HH:mm}
 * @param slotMinutes one slot's length
 * @param capacity visitors one slot takes
 */
public record OpeningView(int weekday, String opens, String closes, int slotMinutes, int capacity)
    implements Serializable {

  static OpeningView of(OpeningRule rule) {
    return new OpeningView(
        rule.weekday().getValue(),
        ClockTimes.text(rule.opens()),
        ClockTimes.text(rule.closes()),
        rule.slotMinutes(),
        rule.capacity());
  }
}
