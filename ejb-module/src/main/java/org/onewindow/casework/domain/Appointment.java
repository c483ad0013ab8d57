package org.onewindow.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A visit booked at a hall (预约, 001 7.2): who (the account; the visitor's name and phone only
 * sealed, with masked forms for every view), where and for which matter, which slot, and its
 * number. While booked it holds its {@code activeKey} — account, matter and day — which the
 * database keeps unique: one booking per person per matter per day, on every node at once.
 */
@Entity
@Table(
    name = "ow_appointment",
    uniqueConstraints = {
      @UniqueConstraint(name = "uk_appointment_number", columnNames = "appointment_no"),
      @UniqueConstraint(name = "uk_appointment_active", columnNames = "active_key")
    },
    indexes = {
      @Index(name = "ix_appointment_hall_day", columnList = "hall_code, visit_day"),
      @Index(name = "ix_appointment_account", columnList = "account, visit_day")
    })
public class Appointment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "appointment_no", nullable = false, length = 32)
  private String appointmentNo;

  @Column(name = "account", nullable = false, length = 100)
  private String account;

  @Column(name = "hall_code", nullable = false, length = 40)
  private String hallCode;

  @Column(name = "hall_name", nullable = false, length = 100)
  private String hallName;

  @Column(name = "matter_code", nullable = false, length = 64)
  private String matterCode;

  @Column(name = "matter_name", nullable = false, length = 200)
  private String matterName;

  @Column(name = "visit_day", nullable = false)
  private LocalDate visitDay;

  @Column(name = "start_minute", nullable = false)
  private int startMinute;

  @Column(name = "slot_minutes", nullable = false)
  private int slotMinutes;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 20)
  private AppointmentState state;

  /** {@code account|matter|day} while booked, null once cancelled (unique: see the class). */
  @Column(name = "active_key", length = 200)
  private String activeKey;

  @Column(name = "visitor_sealed", nullable = false, length = 1000)
  private String visitorSealed;

  @Column(name = "visitor_masked", nullable = false, length = 100)
  private String visitorMasked;

  @Column(name = "phone_sealed", length = 1000)
  private String phoneSealed;

  @Column(name = "phone_masked", length = 40)
  private String phoneMasked;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  protected Appointment() {
    // for JPA
  }

  /** A booking of {@code slot}, holding its place. */
  public Appointment(String number, String account, AppointmentPlace place, Instant at) {
    this.appointmentNo = number;
    this.account = account;
    this.hallCode = place.hallCode();
    this.hallName = place.hallName();
    this.matterCode = place.matterCode();
    this.matterName = place.matterName();
    this.visitDay = place.day();
    this.startMinute = place.startMinute();
    this.slotMinutes = place.slotMinutes();
    this.state = AppointmentState.BOOKED;
    this.activeKey = activeKey(account, place.matterCode(), place.day());
    this.createdAt = at;
  }

  /** The key one active booking per account, matter and day holds. */
  public static String activeKey(String account, String matterCode, LocalDate day) {
    return account + "|" + matterCode + "|" + day;
  }

  /** Keeps the visitor's personal data: sealed, and masked for views. */
  public void visitor(
      String nameSealed, String nameMasked, String phoneSealed, String phoneMasked) {
    this.visitorSealed = nameSealed;
    this.visitorMasked = nameMasked;
    this.phoneSealed = phoneSealed;
    this.phoneMasked = phoneMasked;
  }

  /** Cancels the booking, giving up its key so the person may book the day again. */
  public void cancel(Instant at) {
    this.state = AppointmentState.CANCELLED;
    this.activeKey = null;
    this.cancelledAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return appointmentNo;
  }

  public String getAccount() {
    return account;
  }

  public String getHallCode() {
    return hallCode;
  }

  public String getHallName() {
    return hallName;
  }

  public String getMatterCode() {
    return matterCode;
  }

  public String getMatterName() {
    return matterName;
  }

  public LocalDate getDay() {
    return visitDay;
  }

  public int getStartMinute() {
    return startMinute;
  }

  public int getSlotMinutes() {
    return slotMinutes;
  }

  public AppointmentState getState() {
    return state;
  }

  public String getVisitorMasked() {
    return visitorMasked;
  }

  public String getPhoneMasked() {
    return phoneMasked;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }
}
