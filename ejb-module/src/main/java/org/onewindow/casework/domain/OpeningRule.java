package org.onewindow.casework.domain;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.common.InvalidInputException;

/**
 * How a hall receives visitors by appointment on one day of the week (001 7.2 网上预约): open from
 * {@code opens} to {@code closes} (minutes after midnight, Beijing time), in slots of {@code
 * slotMinutes}, each taking {@code capacity} visitors. Only whole slots count: a slot that would
 * end after closing is not offered.
 *
 * @param weekday the day of the week
 * @param opens the first slot's start, minutes after midnight
 * @param closes closing time, minutes after midnight
 * @param slotMinutes one slot's length
 * @param capacity visitors one slot takes
 */
public record OpeningRule(DayOfWeek weekday, int opens, int closes, int slotMinutes, int capacity)
    implements Serializable {

  /** The shortest slot: a visit at a window takes at least this long. */
  public static final int MIN_SLOT_MINUTES = 10;

  /** The longest slot: half a day. */
  public static final int MAX_SLOT_MINUTES = 240;

  /** The most visitors one slot takes: a large hall's windows in one hour. */
  public static final int MAX_CAPACITY = 500;

  /**
   * The rule, checked: a real day of the week, opening before closing within the day, a slot length
   * and capacity within bounds, at least one whole slot.
   *
   * @throws InvalidInputException naming the first value that breaks a bound
   */
  public static OpeningRule checked(
      DayOfWeek weekday, int opens, int closes, int slotMinutes, int capacity) {
    if (weekday == null) {
      throw InvalidInputException.keyed("weekday", "casework.opening.weekday");
    }
    if (opens < 0 || closes > 24 * 60 || opens >= closes) {
      throw InvalidInputException.keyed("opens", "casework.opening.hours");
    }
    if (slotMinutes < MIN_SLOT_MINUTES || slotMinutes > MAX_SLOT_MINUTES) {
      throw InvalidInputException.keyed(
          "slotMinutes", "casework.opening.slotMinutes", MIN_SLOT_MINUTES, MAX_SLOT_MINUTES);
    }
    if (capacity < 1 || capacity > MAX_CAPACITY) {
      throw InvalidInputException.keyed("capacity", "casework.opening.capacity", MAX_CAPACITY);
    }
    if (closes - opens < slotMinutes) {
      throw InvalidInputException.keyed("slotMinutes", "casework.opening.noWholeSlot");
    }
    return new OpeningRule(weekday, opens, closes, slotMinutes, capacity);
  }

  /** Every slot's start, in order. */
  public List<Integer> starts() {
    List<Integer> starts = new ArrayList<>();
    for (int start = opens; start + slotMinutes <= closes; start += slotMinutes) {
      starts.add(start);
    }
    return starts;
  }

  /** Whether a slot starts at {@code minute}. */
  public boolean startsAt(int minute) {
    return minute >= opens && minute + slotMinutes <= closes && (minute - opens) % slotMinutes == 0;
  }
}
