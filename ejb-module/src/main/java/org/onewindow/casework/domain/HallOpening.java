package org.onewindow.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.DayOfWeek;
import java.time.Instant;

/**
 * A hall's {@link OpeningRule} for one day of the week, as its unit set it; a day without one is a
 * day the hall takes no appointments. The hall is named by its code (the matter capability's
 * registry keeps the hall).
 */
@Entity
@Table(
    name = "ow_hall_opening",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_hall_opening",
            columnNames = {"hall_code", "weekday"}))
public class HallOpening {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "hall_code", nullable = false, length = 40)
  private String hallCode;

  /** ISO day of the week, 1 (Monday) to 7 (Sunday). */
  @Column(name = "weekday", nullable = false)
  private int weekday;

  @Column(name = "opens", nullable = false)
  private int opens;

  @Column(name = "closes", nullable = false)
  private int closes;

  @Column(name = "slot_minutes", nullable = false)
  private int slotMinutes;

  @Column(name = "capacity", nullable = false)
  private int capacity;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  protected HallOpening() {
    // for JPA
  }

  public HallOpening(String hallCode, OpeningRule rule, String actor, Instant at) {
    this.hallCode = hallCode;
    this.weekday = rule.weekday().getValue();
    this.opens = rule.opens();
    this.closes = rule.closes();
    this.slotMinutes = rule.slotMinutes();
    this.capacity = rule.capacity();
    this.updatedBy = actor;
    this.updatedAt = at;
  }

  public String getHallCode() {
    return hallCode;
  }

  public OpeningRule rule() {
    return new OpeningRule(DayOfWeek.of(weekday), opens, closes, slotMinutes, capacity);
  }
}
