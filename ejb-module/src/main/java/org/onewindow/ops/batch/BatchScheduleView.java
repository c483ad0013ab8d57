package org.onewindow.ops.batch;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * A job's schedule as the console and the API show it.
 *
 * @param everyMinutes the interval between starts, or null for fixed times
 * @param dailyAt the fixed times of the day (China time) as {@code HH:mm,HH:mm}, or null
 * @param parameters the job parameters each scheduled start passes
 * @param nextDueAt the next start; null while disabled
 * @param lastExecutionId the execution the schedule started last, or null
 */
public record BatchScheduleView(
    String jobName,
    boolean enabled,
    Integer everyMinutes,
    String dailyAt,
    Map<String, String> parameters,
    Instant nextDueAt,
    Instant lastStartedAt,
    Long lastExecutionId,
    String changedBy,
    Instant changedAt)
    implements Serializable {

  public BatchScheduleView {
    parameters = Map.copyOf(parameters);
  }

  /** A job nobody scheduled: started on demand only. */
  public static BatchScheduleView off(String jobName) {
    return new BatchScheduleView(
        jobName, false, null, null, Map.of(), null, null, null, null, null);
  }
}
