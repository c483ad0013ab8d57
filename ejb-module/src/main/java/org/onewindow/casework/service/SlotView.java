package org.onewindow.casework.service;

import java.io.Serializable;

/**
 * One slot of a hall's day with its free places.
 *
 * @param start {@code HH:mm}
 * @param end {@code HH:mm}
 * @param capacity visitors the slot takes
 * @param remaining places still free
 * @param bookable whether it can be booked now: places free and not begun
 */
public record SlotView(String start, String end, int capacity, int remaining, boolean bookable)
    implements Serializable {}
