package org.onewindow.casework.domain;

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
 * One step of an online case's progress as the applicant reads it (001 7.3 办件进度): what happened,
 * when, the state it left the case in, and the department's words where it gave some (a
 * correction's reason, a decision's document number, a delivery note). Append-only.
 */
@Entity(name = "OnlineCaseEvent")
@Table(
    name = "ow_online_case_event",
    indexes = {@Index(name = "ix_online_case_event_case", columnList = "case_id, occurred_at")})
public class OnlineCaseEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false)
  private long caseId;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 24)
  private OnlineCaseState state;

  @Column(name = "actor", nullable = false, length = 100)
  private String actor;

  @Column(name = "note", length = OnlineCase.MAX_TEXT)
  private String note;

  @Column(name = "occurred_at", nullable = false)
  private Instant at;

  protected OnlineCaseEvent() {}

  public OnlineCaseEvent(
      long caseId, OnlineCaseState state, String actor, String note, Instant at) {
    this.caseId = caseId;
    this.state = state;
    this.actor = actor;
    this.note = note;
    this.at = at;
  }

  public long getCaseId() {
    return caseId;
  }

  public OnlineCaseState getState() {
    return state;
  }

  public String getActor() {
    return actor;
  }

  public String getNote() {
    return note;
  }

  public Instant getAt() {
    return at;
  }
}
