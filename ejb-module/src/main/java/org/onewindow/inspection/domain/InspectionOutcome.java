package org.onewindow.inspection.domain;

import org.onewindow.common.Labelled;

/** How one inspection ended. */
public enum InspectionOutcome implements Labelled {
  OK,
  FAILED;

  @Override
  public String labelKey() {
    return "inspection.outcome." + name();
  }
}
