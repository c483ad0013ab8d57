package org.onewindow.inspection.domain;

import org.onewindow.common.Labelled;

/** What an inspection checked (000 8.2.3 c 接口巡检、界面巡检). */
public enum InspectionCheck implements Labelled {
  /** A request with every required parameter filled; the answer judged as the test panel does. */
  INTERFACE_CALL,
  /**
   * A required parameter has no example to send: only whether the interface answers at all (a
   * refusal for the missing value is an answer).
   */
  INTERFACE_REACHABILITY,
  /** The app's page: HTTP 200, an HTML document, not empty (界面巡检). */
  PAGE;

  @Override
  public String labelKey() {
    return "inspection.check." + name();
  }
}
