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
import java.time.Instant;
import org.onewindow.review.SubjectKind;

/**
 * An alarm the platform raised by itself on an app (000 8.2.3 c 问题告警): which subject and cause it
 * is about and the ALARM note it wrote. While it is open its {@code open_key} (app, subject, cause)
 * is set, and a unique constraint on that column keeps one open alarm per app, subject and cause
 * even when two nodes raise the same one at once (the gateway's circuits are per node); the key is
 * cleared when the alarm closes, so the next failure may raise a new one.
 */
@Entity
@Table(
    name = "ow_automatic_alarm",
    uniqueConstraints =
        @UniqueConstraint(name = "uk_automatic_alarm_open", columnNames = "open_key"),
    indexes = @Index(name = "ix_automatic_alarm_subject", columnList = "subject_type, subject_id"))
public class AutomaticAlarm {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "open_key", length = 100)
  private String openKey;

  @Column(name = "app_id", nullable = false)
  private long appId;

  /** The subject's {@link SubjectKind#name() kind}: open to every registered kind. */
  @Column(name = "subject_type", nullable = false, length = 16)
  private String subjectType;

  @Column(name = "subject_id", nullable = false)
  private long subjectId;

  @Enumerated(EnumType.STRING)
  @Column(name = "cause", nullable = false, length = 24)
  private AlarmCause cause;

  @Column(name = "note_id", nullable = false)
  private long noteId;

  @Column(name = "raised_at", nullable = false)
  private Instant raisedAt;

  /** Failures seen while it was open, the first included. */
  @Column(name = "occurrences", nullable = false)
  private int occurrences;

  @Column(name = "last_seen_at", nullable = false)
  private Instant lastSeenAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected AutomaticAlarm() {
    // for JPA
  }

  public static AutomaticAlarm raised(
      long appId,
      SubjectKind subjectKind,
      long subjectId,
      AlarmCause cause,
      long noteId,
      Instant at) {
    AutomaticAlarm alarm = new AutomaticAlarm();
    alarm.openKey = key(appId, subjectKind, subjectId, cause);
    alarm.appId = appId;
    alarm.subjectType = subjectKind.name();
    alarm.subjectId = subjectId;
    alarm.cause = cause;
    alarm.noteId = noteId;
    alarm.raisedAt = at;
    alarm.occurrences = 1;
    alarm.lastSeenAt = at;
    return alarm;
  }

  /** The open key: one open alarm per app, subject and cause. */
  public static String key(long appId, SubjectKind subjectKind, long subjectId, AlarmCause cause) {
    return appId + ":" + subjectKind.name() + ":" + subjectId + ":" + cause.name();
  }

  /** The subject failed again while the alarm is open. */
  public void repeated(Instant at) {
    occurrences++;
    lastSeenAt = at;
  }

  /** Closed: recovered, or its note archived by a person. */
  public void close(Instant at) {
    openKey = null;
    closedAt = at;
  }

  public boolean isOpen() {
    return openKey != null;
  }

  public Long getId() {
    return id;
  }

  public long getAppId() {
    return appId;
  }

  /** The subject's kind, by its stored name. */
  public String getSubjectType() {
    return subjectType;
  }

  public long getSubjectId() {
    return subjectId;
  }

  public AlarmCause getCause() {
    return cause;
  }

  public long getNoteId() {
    return noteId;
  }

  public Instant getRaisedAt() {
    return raisedAt;
  }

  public int getOccurrences() {
    return occurrences;
  }

  public Instant getLastSeenAt() {
    return lastSeenAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
