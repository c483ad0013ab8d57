package org.onewindow.inspection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
