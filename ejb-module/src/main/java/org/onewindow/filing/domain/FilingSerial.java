package org.onewindow.filing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * The last serial number given in a division and year ({@link FilingNumber}): one row each, taken
 * under a row lock, so two nodes approving at once never give the same number.
 */
@Entity
@IdClass(FilingSerial.Key.class)
@Table(name = "ow_filing_serial")
public class FilingSerial {

  @Id
  @Column(name = "division_code", nullable = false, length = 6)
  private String divisionCode;

  @Id
  @Column(name = "serial_year", nullable = false)
  private int year;

  @Column(name = "last_serial", nullable = false)
  private int lastSerial;

  protected FilingSerial() {
    // for JPA
  }

  public FilingSerial(String divisionCode, int year) {
    this.divisionCode = divisionCode;
    this.year = year;
  }

  /** The next serial; the caller holds the row's lock. */
  public int next() {
    return ++lastSerial;
  }

  /** The row's identity. */
  public static class Key implements Serializable {
    private String divisionCode;
    private int year;

    public Key() {}

    public Key(String divisionCode, int year) {
      this.divisionCode = divisionCode;
      this.year = year;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.divisionCode.equals(divisionCode) && key.year == year;
    }

    @Override
    public int hashCode() {
      return Objects.hash(divisionCode, year);
    }
  }
}
