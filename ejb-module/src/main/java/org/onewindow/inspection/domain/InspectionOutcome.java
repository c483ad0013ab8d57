package org.onewindow.inspection.domain;

/** How one inspection ended. */
public enum InspectionOutcome {
  OK("正常"),
  FAILED("异常");

  private final String label;

  InspectionOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
