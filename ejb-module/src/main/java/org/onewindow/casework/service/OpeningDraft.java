package org.onewindow.casework.service;

import java.io.Serializable;

/**
 * One day of a hall's appointment hours as a unit's administrator writes it.
 *
 * @param weekday the day, 1 (Monday) to 7 (Sunday)
 * @param opens the first slot's start, {@code HH:mm}
 * @param closes closing time, {@code HH:mm}
 * @param slotMinutes one slot's length in minutes
 * @param capacity visitors one slot takes
 */
public record OpeningDraft(
    Integer weekday, String opens, String closes, Integer slotMinutes, Integer capacity)
    implements Serializable {}
