package org.onewindow.inspection.domain;

import org.onewindow.common.Labelled;

/** How one inspection ended. */
public enum InspectionOutcome implements Labelled {
  OK,
  FAILED,
  /** Answered as it should, but slower than the subject's threshold (000 9.4.3 c 接口响应慢). */
  SLOW;

  @Override
  public String labelKey() {
    return "inspection.outcome." + name();
  }
}
