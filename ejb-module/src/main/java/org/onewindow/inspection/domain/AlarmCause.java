package org.onewindow.inspection.domain;

import org.onewindow.common.Labelled;

/** Why the platform raised an alarm by itself (000 8.2.3 c 问题告警; 000 9.4.3 c 预警). */
public enum AlarmCause implements Labelled {
  /** The interface answered wrongly or not at all: 接口报错 (000 9.4.3 c). */
  INTERFACE_INSPECTION,
  PAGE_INSPECTION,
  /** The gateway's circuit for the interface opened (003 6.2.4 b 熔断). */
  CIRCUIT_OPEN,
  /** The interface answered well but slower than its threshold: 接口响应慢 (000 9.4.3 c). */
  INTERFACE_SLOW,
  /** The interface did not answer within the outbound timeout: 接口请求超时 (000 9.4.3 c). */
  INTERFACE_TIMEOUT;

  @Override
  public String labelKey() {
    return "inspection.alarmCause." + name();
  }
}
