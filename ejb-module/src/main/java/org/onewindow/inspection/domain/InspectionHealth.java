package org.onewindow.inspection.domain;

import java.util.List;

/**
 * How one inspection found its subject, as the alarms weigh it (000 9.4.3 c
 * 「如发生接口响应慢、接口报错、接口请求超时等情况， 应及时预警」): answering well, answering slowly, answering wrongly, or not
 * answering in time. Each bad kind is its own alarm cause, so a slow interface and one that errors
 * are separate incidents.
 */
public enum InspectionHealth {
  OK,
  /** Answered well, but slower than the subject's threshold (接口响应慢). */
  SLOW,
  /** An error answer, a refused address, a broken connection, a bad envelope (接口报错). */
  ERROR,
  /** No (complete) answer within the outbound timeout (接口请求超时). */
  TIMEOUT;

  /**
   * The health of an inspection.
   *
   * @param verdict what the inspection judged
   * @param timedOut whether the call ran out of time (connect or read)
   */
  public static InspectionHealth of(InspectionVerdict verdict, boolean timedOut) {
    return switch (verdict.outcome()) {
      case OK -> OK;
      case SLOW -> SLOW;
      case FAILED -> timedOut ? TIMEOUT : ERROR;
    };
  }

  /**
   * The alarm cause this health raises for a check, or {@code null} for {@link #OK}. A page has one
   * cause (界面巡检失败, 000 8.2.3 c) whatever went wrong; an interface one per kind (000 9.4.3 c).
   */
  public AlarmCause cause(InspectionCheck check) {
    if (this == OK) {
      return null;
    }
    if (check == InspectionCheck.PAGE) {
      return AlarmCause.PAGE_INSPECTION;
    }
    return switch (this) {
      case SLOW -> AlarmCause.INTERFACE_SLOW;
      case TIMEOUT -> AlarmCause.INTERFACE_TIMEOUT;
      default -> AlarmCause.INTERFACE_INSPECTION;
    };
  }

  /** The causes an inspection of that check may raise or clear. */
  public static List<AlarmCause> causesOf(InspectionCheck check) {
    return check == InspectionCheck.PAGE
        ? List.of(AlarmCause.PAGE_INSPECTION)
        : List.of(
            AlarmCause.INTERFACE_INSPECTION,
            AlarmCause.INTERFACE_SLOW,
            AlarmCause.INTERFACE_TIMEOUT);
  }
}
