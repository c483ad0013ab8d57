package org.onewindow.appcenter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A hall (分厅) of the mobile end where apps are published (000 8.2.3 b, 9.5; 001 8.1): the national
 * hall, a province's hall by its division code, or a department's hall by the department's name.
 */
@Entity
@Table(
    name = "ow_hall",
    uniqueConstraints = @UniqueConstraint(name = "uk_hall_code", columnNames = "code"))
public class Hall {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** {@code national}, a province's six-digit division code, or {@code dept-…}. */
  @Column(name = "code", nullable = false, length = 40)
  private String code;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "level", nullable = false, length = 16)
  private HallLevel level;

  protected Hall() {
    // for JPA
  }

  public Hall(String code, String name, HallLevel level) {
    this.code = code;
    this.name = name;
    this.level = level;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public HallLevel getLevel() {
    return level;
  }
}
