package org.onewindow.ops.batch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/**
 * When a job starts by itself: every so many minutes or at fixed times of the day (China time),
 * with the parameters it declares. A job without a row, or with {@code enabled} false, starts only
 * on demand. The row is also what serializes the starts of its job ({@link
 * BatchScheduleService#serializeStarts}).
 */
@Entity
@Table(name = "ow_batch_schedule")
public class BatchSchedule {

  /** The zone of the fixed times: the platform serves China. */
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Id
  @Column(length = 128)
  private String jobName;

  @Column(nullable = false)
  private boolean enabled;

  private Integer everyMinutes;

  @Column(length = 200)
  private String dailyAt;

  @Column(length = 1_000)
  private String parameters;

  private Instant nextDueAt;

  private Instant lastStartedAt;

  private Long lastExecutionId;

  @Column(length = 128)
  private String changedBy;

  private Instant changedAt;

  protected BatchSchedule() {}

  /** A job's row before anyone scheduled it: off. */
  static BatchSchedule off(String jobName) {
    BatchSchedule schedule = new BatchSchedule();
    schedule.jobName = jobName;
    return schedule;
  }

  /** Sets when it runs; the next start is computed from {@code now}. */
  void change(ScheduleTimes times, Map<String, String> parameters, String by, Instant now) {
    this.enabled = times.enabled();
    this.everyMinutes = times.everyMinutes();
    this.dailyAt = times.dailyAtText();
    this.parameters = ScheduleTimes.parametersText(parameters);
    this.nextDueAt = times.enabled() ? times.next(now, ZONE) : null;
    this.changedBy = by;
    this.changedAt = now;
  }

  /** Whether a start is due at {@code now}. */
  boolean due(Instant now) {
    return enabled && nextDueAt != null && !nextDueAt.isAfter(now);
  }

  String jobName() {
    return jobName;
  }

  Instant nextDueAt() {
    return nextDueAt;
  }

  ScheduleTimes times() {
    return new ScheduleTimes(enabled, everyMinutes, ScheduleTimes.parseDailyAt(dailyAt));
  }

  BatchScheduleView view() {
    return new BatchScheduleView(
        jobName,
        enabled,
        everyMinutes,
        dailyAt,
        ScheduleTimes.parseParameters(parameters),
        nextDueAt,
        lastStartedAt,
        lastExecutionId,
        changedBy,
        changedAt);
  }
}
