package org.onewindow.ops.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The chain's last link, one row. Appending locks it (pessimistic write), which orders appends from
 * every node of a cluster without a lock of our own.
 */
@Entity
@Table(name = "ow_audit_chain_head")
public class AuditChainHead {

  static final long ID = 1L;

  @Id private long id;

  @Column(nullable = false)
  private long lastSequence;

  @Column(nullable = false, length = 64)
  private String lastDigest;

  protected AuditChainHead() {}

  static AuditChainHead empty() {
    AuditChainHead head = new AuditChainHead();
    head.id = ID;
    head.lastSequence = 0;
    head.lastDigest = AuditRecord.GENESIS;
    return head;
  }

  /** Links the next record and moves the head to it. */
  AuditRecord append(AuditEvent event, Instant recordedAt) {
    AuditRecord record = AuditRecord.chain(lastSequence + 1, lastDigest, event, recordedAt);
    lastSequence = record.sequence();
    lastDigest = record.digest();
    return record;
  }
}
