package org.onewindow.casework.service;

import java.io.Serializable;
import org.onewindow.casework.domain.Appointment;
import org.onewindow.casework.domain.ClockTimes;

/**
 * A booking as its person or its hall's unit sees it: personal data only masked.
 *
 * @param number the booking's number, shown at the hall
 * @param hallCode the hall
 * @param hallName its name
 * @param matterCode the matter
 * @param matterName its name
 * @param date the day, {@code yyyy-MM-dd}
 * @param start the slot's start, {@code HH:mm}
 * @param end the slot's end, {@code HH:mm}
 * @param state {@code BOOKED} or {@code CANCELLED}
 * @param visitor the visitor's name, masked
 * @param phone the phone, masked, or empty
 */
public record AppointmentView(
    String number,
    String hallCode,
    String hallName,
    String matterCode,
    String matterName,
    String date,
    String start,
    String end,
    String state,
    String visitor,
    String phone)
    implements Serializable {

  static AppointmentView of(Appointment a) {
    return new AppointmentView(
        a.getNumber(),
        a.getHallCode(),
        a.getHallName(),
        a.getMatterCode(),
        a.getMatterName(),
        a.getDay().toString(),
        ClockTimes.text(a.getStartMinute()),
        ClockTimes.text(a.getStartMinute() + a.getSlotMinutes()),
        a.getState().name(),
        a.getVisitorMasked(),
        a.getPhoneMasked() == null ? "" : a.getPhoneMasked());
  }

  /** Whether the booking still holds a place. */
  public boolean booked() {
    return "BOOKED".equals(state);
  }
}
