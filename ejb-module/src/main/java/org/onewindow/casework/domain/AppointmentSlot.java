package org.onewindow.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;

/**
 * How many places of one slot (a hall, a day, a start) are taken: the row every booking of the slot
 * counts on. A place is taken by one conditional update ({@code booked = booked + 1 where booked <
 * capacity}) that the database applies to the row under its lock, so two bookings on two nodes
 * never both take the last place; the unique key makes the row one per slot.
 */
@Entity
@Table(
    name = "ow_appointment_slot",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_appointment_slot",
            columnNames = {"hall_code", "visit_day", "start_minute"}))
public class AppointmentSlot {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "hall_code", nullable = false, length = 40)
  private String hallCode;

  @Column(name = "visit_day", nullable = false)
  private LocalDate visitDay;

  @Column(name = "start_minute", nullable = false)
  private int startMinute;

  @Column(name = "booked", nullable = false)
  private int booked;

  protected AppointmentSlot() {
    // for JPA
  }

  public AppointmentSlot(String hallCode, LocalDate day, int startMinute) {
    this.hallCode = hallCode;
    this.visitDay = day;
    this.startMinute = startMinute;
  }

  public int getStartMinute() {
    return startMinute;
  }

  public int getBooked() {
    return booked;
  }
}
