package org.onewindow.inspection.domain;

/** Why the platform raised an alarm by itself (000 8.2.3 c 问题告警). */
public enum AlarmCause {
  INTERFACE_INSPECTION("接口巡检失败"),
  PAGE_INSPECTION("界面巡检失败"),
  /** The gateway's circuit for the interface opened (003 6.2.4 b 熔断). */
  CIRCUIT_OPEN("接口熔断");

  private final String label;

  AlarmCause(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
