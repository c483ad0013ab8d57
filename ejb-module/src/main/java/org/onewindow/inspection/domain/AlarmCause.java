package org.onewindow.inspection.domain;

import org.onewindow.common.Labelled;

/** Why the platform raised an alarm by itself (000 8.2.3 c 问题告警). */
public enum AlarmCause implements Labelled {
  INTERFACE_INSPECTION,
  PAGE_INSPECTION,
  /** The gateway's circuit for the interface opened (003 6.2.4 b 熔断). */
  CIRCUIT_OPEN;

  @Override
  public String labelKey() {
    return "inspection.alarmCause." + name();
  }
}
