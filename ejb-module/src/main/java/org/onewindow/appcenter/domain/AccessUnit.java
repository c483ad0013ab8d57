package org.onewindow.appcenter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.regex.Pattern;
import org.onewindow.common.InputRules;
import org.onewindow.common.InvalidInputException;

/**
 * An access unit (接入单位): a province, city or department that connects its interfaces and apps to
 * the platform (000 8.2.1). Identified by its name within an administrative division.
 */
@Entity
@Table(
    name = "ow_access_unit",
    uniqueConstraints = @UniqueConstraint(name = "uk_access_unit_name", columnNames = "name"))
public class AccessUnit {

  /** Longest name accepted; real unit names (e.g. 某省政务服务和数据管理局) are far shorter. */
  public static final int MAX_NAME_LENGTH = 100;

  /**
   * A six-digit administrative division code (C 0109.1, after GB/T 2260). Only the shape is checked
   * here; {@link org.onewindow.appcenter.service.AccessUnitService} checks it against the table.
   */
  private static final Pattern DIVISION_CODE = Pattern.compile("[1-9]\\d{5}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = MAX_NAME_LENGTH)
  private String name;

  @Column(name = "division_code", nullable = false, length = 6)
  private String divisionCode;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Version private long version;

  protected AccessUnit() {
    // for JPA
  }

  private AccessUnit(String name, String divisionCode, String createdBy, Instant createdAt) {
    this.name = name;
    this.divisionCode = divisionCode;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /**
   * A new access unit, after checking its input.
   *
   * @throws InvalidInputException when the name is blank or too long or the division code is not
   *     six digits
   */
  public static AccessUnit register(
      String name, String divisionCode, String createdBy, Instant createdAt) {
    String trimmedName = InputRules.singleLine("name", name);
    if (trimmedName.isEmpty()) {
      throw InvalidInputException.keyed("name", "appcenter.unit.nameMissing");
    }
    if (trimmedName.length() > MAX_NAME_LENGTH) {
      throw InvalidInputException.keyed(
          "name", "appcenter.unit.nameTooLong", String.valueOf(MAX_NAME_LENGTH));
    }
    String code = divisionCode == null ? "" : divisionCode.strip();
    if (!DIVISION_CODE.matcher(code).matches()) {
      throw InvalidInputException.keyed("divisionCode", "appcenter.unit.divisionCode");
    }
    return new AccessUnit(trimmedName, code, createdBy, createdAt);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
