package org.onewindow.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One step of a subject's review, kept for ever in one table for every kind: which subject (its
 * kind's name and its id), who moved it, when, from which state to which, and why (the review
 * history the console shows; the audit trail keeps the same line, chained).
 */
@Entity
@Table(
    name = "ow_review_transition",
    indexes = @Index(name = "ix_review_transition", columnList = "subject_type, subject_id, at"))
public class ReviewTransition {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The {@link SubjectKind#name()}: open to every registered kind, so a string, not an enum. */
  @Column(name = "subject_type", nullable = false, length = 16)
  private String subjectType;

  @Column(name = "subject_id", nullable = false)
  private Long subjectId;

  @Column(name = "revision", nullable = false)
  private int revision;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, length = 16)
  private ReviewAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 16)
  private ReviewStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, length = 16)
  private ReviewStatus to;

  @Column(name = "actor", nullable = false, length = 100)
  private String actor;

  @Column(name = "at", nullable = false)
  private Instant at;

  @Column(name = "reason", nullable = false, length = Review.MAX_REASON)
  private String reason;

  protected ReviewTransition() {
    // for JPA
  }

  ReviewTransition(
      SubjectKind kind,
      Long subjectId,
      int revision,
      ReviewAction action,
      ReviewStatus from,
      ReviewStatus to,
      String actor,
      Instant at,
      String reason) {
    this.subjectType = kind.name();
    this.subjectId = subjectId;
    this.revision = revision;
    this.action = action;
    this.from = from;
    this.to = to;
    this.actor = actor;
    this.at = at;
    this.reason = reason;
  }

  /** The subject's kind, by its stored name. */
  public String getSubjectType() {
    return subjectType;
  }

  public Long getSubjectId() {
    return subjectId;
  }

  public int getRevision() {
    return revision;
  }

  public ReviewAction getAction() {
    return action;
  }

  public ReviewStatus getFrom() {
    return from;
  }

  public ReviewStatus getTo() {
    return to;
  }

  public String getActor() {
    return actor;
  }

  public Instant getAt() {
    return at;
  }

  public String getReason() {
    return reason;
  }
}
