package org.onewindow.casework.domain;

import org.onewindow.common.DutySeparationException;
import org.onewindow.common.NotFoundException;

/**
 * Who handles an online case (001 7.3; 000 8.2.4 unit scope): only a member of the matter's
 * implementing unit — a user whose {@code access_unit} claim names that unit — accepts, asks for a
 * correction, reviews, decides and concludes. Platform administrators read every unit's cases but
 * act on none: handling is the unit's (the same separation filing review keeps between who writes
 * and who decides). Another unit's case does not exist for the caller (the same answer as a missing
 * one, so case numbers reveal nothing).
 */
public final class OnlineCaseScope {

  private final String unit;
  private final boolean readsAll;

  private OnlineCaseScope(String unit, boolean readsAll) {
    this.unit = unit == null ? "" : unit.strip();
    this.readsAll = readsAll;
  }

  /** A caller of the unit named {@code unit} (blank: of none). */
  public static OnlineCaseScope ofUnit(String unit) {
    return new OnlineCaseScope(unit, false);
  }

  /** A platform administrator: reads every unit's cases; acts only for its own unit, if any. */
  public static OnlineCaseScope platformReader(String unit) {
    return new OnlineCaseScope(unit, true);
  }

  /** The unit whose cases a list shows, or null for every unit. */
  public String listedUnit() {
    return readsAll ? null : unit;
  }

  /** Whether the caller sees the case of {@code department}. */
  public boolean sees(String department) {
    return readsAll || acts(department);
  }

  /** Whether the caller handles the case of {@code department}. */
  public boolean acts(String department) {
    return !unit.isEmpty() && unit.equals(department);
  }

  /**
   * @throws NotFoundException when the caller may not see the case
   */
  public void checkSees(String department) {
    if (!sees(department)) {
      throw NotFoundException.keyed("casework.online.notFound");
    }
  }

  /**
   * @throws NotFoundException when the caller may not see the case
   * @throws DutySeparationException when it sees it but belongs to no unit or another one
   */
  public void checkActs(String department) {
    checkSees(department);
    if (!acts(department)) {
      throw DutySeparationException.keyed("casework.online.notYourUnit");
    }
  }
}
