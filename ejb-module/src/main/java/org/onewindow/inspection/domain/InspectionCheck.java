package org.onewindow.inspection.domain;

/** What an inspection checked (000 8.2.3 c 接口巡检、界面巡检). */
public enum InspectionCheck {
  /** A request with every required parameter filled; the answer judged as the test panel does. */
  INTERFACE_CALL("接口调用"),
  /**
   * A required parameter has no example to send: only whether the interface answers at all (a
   * refusal for the missing value is an answer).
   */
  INTERFACE_REACHABILITY("接口连通性"),
  /** The app's page: HTTP 200, an HTML document, not empty (界面巡检). */
  PAGE("界面");

  private final String label;

  InspectionCheck(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
