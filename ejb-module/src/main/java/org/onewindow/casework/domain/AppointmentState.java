package org.onewindow.casework.domain;

/** Where an appointment stands: booked (holding its place) or cancelled (the place given back). */
public enum AppointmentState {
  BOOKED,
  CANCELLED
}
