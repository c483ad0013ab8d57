package org.onewindow.inspection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.onewindow.review.SubjectKind;

/**
 * When one online subject (an interface, an app page) is next inspected (003 6.7.3 c), one row per
 * subject, named by its kind and id ({@link org.onewindow.review.SubjectKinds}).
 *
 * <p>The row is also how nodes share the work without a lock: a node takes a due subject by a
 * conditional UPDATE that matches only the {@link #getVersion() version} it read and a due time not
 * in the future, and moves {@code next_due_at} to a lease ({@link #LEASE}) in the same statement.
 * Of two nodes that read the same row, the database lets exactly one UPDATE match (the other's
 * WHERE no longer holds once the first commits), so no subject is inspected twice in one slot; a
 * node that dies mid-inspection leaves the subject due again when the lease ends.
 */
@Entity
@Table(
    name = "ow_inspection_schedule",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_inspection_schedule_subject",
            columnNames = {"subject_type", "subject_id"}),
    indexes = @Index(name = "ix_inspection_schedule_due", columnList = "next_due_at"))
public class InspectionSchedule {

  /** How long a claim holds a subject: longer than one inspection can take (10 s call). */
  public static final Duration LEASE = Duration.ofMinutes(10);

  /** An answer slower than 3 s is slow unless the subject says otherwise (000 9.4.3 c). */
  public static final int DEFAULT_SLOW_THRESHOLD_MILLIS = 3_000;

  /** Below this a loaded network alone would make a healthy interface slow. */
  public static final int MIN_SLOW_THRESHOLD_MILLIS = 100;

  /** Beyond this the call has long timed out (the outbound timeout is 10 s by default). */
  public static final int MAX_SLOW_THRESHOLD_MILLIS = 60_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The subject's {@link SubjectKind#name() kind}: open to every registered kind. */
  @Column(name = "subject_type", nullable = false, length = 16)
  private String subjectType;

  @Column(name = "subject_id", nullable = false)
  private long subjectId;

  /** When the subject first went online: the start of its first month. */
  @Column(name = "first_online_at", nullable = false)
  private Instant firstOnlineAt;

  @Column(name = "last_inspected_at")
  private Instant lastInspectedAt;

  @Column(name = "next_due_at", nullable = false)
  private Instant nextDueAt;

  /** The node that last claimed it, for the operators' eyes. */
  @Column(name = "claimed_by", length = 100)
  private String claimedBy;

  /** The latest inspection's health, the start of the streak the alarms weigh. */
  @Enumerated(EnumType.STRING)
  @Column(name = "health", length = 8)
  private InspectionHealth health;

  /** How many inspections in a row found {@link #health} ({@link AlarmHysteresis}). */
  @Column(name = "health_streak", nullable = false)
  private int healthStreak;

  /**
   * Above how many milliseconds an answer counts as slow (000 9.4.3 c 接口响应慢); {@code null} for
   * {@link #DEFAULT_SLOW_THRESHOLD_MILLIS}.
   */
  @Column(name = "slow_threshold_ms")
  private Integer slowThresholdMillis;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected InspectionSchedule() {
    // for JPA
  }

  /** A subject never inspected: due at once. */
  public static InspectionSchedule enrol(
      SubjectKind subjectKind, long subjectId, Instant firstOnlineAt) {
    InspectionSchedule schedule = new InspectionSchedule();
    schedule.subjectType = subjectKind.name();
    schedule.subjectId = subjectId;
    schedule.firstOnlineAt = firstOnlineAt;
    schedule.nextDueAt = InspectionCadence.nextDue(firstOnlineAt, null);
    return schedule;
  }

  /** Records an inspection made at {@code at}; the next one falls due by the cadence. */
  public void inspected(Instant at) {
    lastInspectedAt = at;
    nextDueAt = InspectionCadence.nextDue(firstOnlineAt, at);
  }

  /**
   * Records an inspection made at {@code at} that found {@code found}; the next one falls due by
   * the cadence.
   *
   * @return the health streak the subject is now in
   */
  public AlarmHysteresis.Streak inspected(Instant at, InspectionHealth found) {
    inspected(at);
    AlarmHysteresis.Streak streak = streak().then(found);
    health = streak.health();
    healthStreak = streak.length();
    return streak;
  }

  /** The run of equal healths the subject is in. */
  public AlarmHysteresis.Streak streak() {
    return health == null
        ? AlarmHysteresis.Streak.NONE
        : new AlarmHysteresis.Streak(health, healthStreak);
  }

  /** The threshold above which an answer is slow, in milliseconds. */
  public long slowThresholdMillis() {
    return slowThresholdMillis == null ? DEFAULT_SLOW_THRESHOLD_MILLIS : slowThresholdMillis;
  }

  /**
   * Sets the slow-response threshold; {@code null} for the default.
   *
   * @throws IllegalArgumentException outside {@value #MIN_SLOW_THRESHOLD_MILLIS} … {@value
   *     #MAX_SLOW_THRESHOLD_MILLIS}
   */
  public void slowThreshold(Integer millis) {
    if (millis != null
        && (millis < MIN_SLOW_THRESHOLD_MILLIS || millis > MAX_SLOW_THRESHOLD_MILLIS)) {
      throw new IllegalArgumentException("slow threshold out of range: " + millis);
    }
    slowThresholdMillis = millis;
  }

  /** An administrator's 「立即巡检」: due now, whatever the cadence says. */
  public void dueNow(Instant now) {
    nextDueAt = now;
  }

  public boolean isDue(Instant now) {
    return !nextDueAt.isAfter(now);
  }

  public Long getId() {
    return id;
  }

  /** The subject's kind, by its stored name. */
  public String getSubjectType() {
    return subjectType;
  }

  public long getSubjectId() {
    return subjectId;
  }

  public Instant getFirstOnlineAt() {
    return firstOnlineAt;
  }

  public Instant getLastInspectedAt() {
    return lastInspectedAt;
  }

  public Instant getNextDueAt() {
    return nextDueAt;
  }

  public String getClaimedBy() {
    return claimedBy;
  }

  public long getVersion() {
    return version;
  }
}
