package org.onewindow.identity.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import org.onewindow.identity.domain.IdentityEvent;

/**
 * That a realm event reached the audit trail: its id, kept once (the primary key, so two nodes
 * taking the same resent event collide and one rolls back), and its time, whose newest per kind is
 * the watermark the realm catches up from.
 */
@Entity
@Table(
    name = "ow_identity_event_receipt",
    indexes = @Index(name = "ow_identity_event_kind_time", columnList = "kind, occurredAt"))
public class IdentityEventReceipt {

  @Id
  @Column(length = 64)
  private String eventId;

  @Column(nullable = false, length = 8)
  private String kind;

  @Column(nullable = false)
  private Instant occurredAt;

  @Column(nullable = false)
  private Instant receivedAt;

  protected IdentityEventReceipt() {}

  public static IdentityEventReceipt of(IdentityEvent event, Instant receivedAt) {
    IdentityEventReceipt receipt = new IdentityEventReceipt();
    receipt.eventId = event.id();
    receipt.kind = event.kind();
    receipt.occurredAt = event.time();
    receipt.receivedAt = receivedAt;
    return receipt;
  }
}
