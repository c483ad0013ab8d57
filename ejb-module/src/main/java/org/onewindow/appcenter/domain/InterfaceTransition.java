package org.onewindow.appcenter.domain;

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
 * One step of an interface's review, kept for ever: who moved it, when, from which state to which,
 * and why (the review history the console shows; the audit trail keeps the same line, chained).
 */
@Entity
@Table(
    name = "ow_interface_transition",
    indexes = @Index(name = "ix_interface_transition", columnList = "interface_id, at"))
public class InterfaceTransition {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "interface_id", nullable = false)
  private Long interfaceId;

  @Column(name = "revision", nullable = false)
  private int revision;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, length = 16)
  private InterfaceAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 16)
  private InterfaceStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, length = 16)
  private InterfaceStatus to;

  @Column(name = "actor", nullable = false, length = 100)
  private String actor;

  @Column(name = "at", nullable = false)
  private Instant at;

  @Column(name = "reason", nullable = false, length = RegisteredInterface.MAX_REASON)
  private String reason;

  protected InterfaceTransition() {
    // for JPA
  }

  InterfaceTransition(
      Long interfaceId,
      int revision,
      InterfaceAction action,
      InterfaceStatus from,
      InterfaceStatus to,
      String actor,
      Instant at,
      String reason) {
    this.interfaceId = interfaceId;
    this.revision = revision;
    this.action = action;
    this.from = from;
    this.to = to;
    this.actor = actor;
    this.at = at;
    this.reason = reason;
  }

  public Long getInterfaceId() {
    return interfaceId;
  }

  public int getRevision() {
    return revision;
  }

  public InterfaceAction getAction() {
    return action;
  }

  public InterfaceStatus getFrom() {
    return from;
  }

  public InterfaceStatus getTo() {
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
