package org.onewindow.casework.domain;

import java.time.LocalDate;

/**
 * Where and when a booking is for: the hall, the matter it handles there, the slot.
 *
 * @param hallCode the hall's code
 * @param hallName its name when booked
 * @param matterCode the matter's implementation code
 * @param matterName its name at the hall
 * @param day the visit's day (Beijing time)
 * @param startMinute the slot's start, minutes after midnight
 * @param slotMinutes the slot's length
 */
public record AppointmentPlace(
    String hallCode,
    String hallName,
    String matterCode,
    String matterName,
    LocalDate day,
    int startMinute,
    int slotMinutes) {}
