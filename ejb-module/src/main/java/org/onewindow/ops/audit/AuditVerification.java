package org.onewindow.ops.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * How far the audit chain is verified (002 6.7: the audit trail kept whole), one row: the last
 * record found linked and intact, its digest, how many records the verification job has checked in
 * all, and the first broken record, once one is found. The job advances it chunk by chunk in the
 * chunk's own transaction, so it moves exactly as far as the job's checkpoint: a job restarted
 * after a crash counts no record twice.
 */
@Entity
@Table(name = "ow_audit_verification")
public class AuditVerification {

  static final long ID = 1L;

  @Id private long id;

  @Column(nullable = false)
  private long verifiedThrough;

  @Column(nullable = false, length = 64)
  private String verifiedDigest;

  @Column(nullable = false)
  private long verifiedCount;

  private Long brokenAt;

  private Instant checkedAt;

  protected AuditVerification() {}

  static AuditVerification none() {
    AuditVerification verification = new AuditVerification();
    verification.id = ID;
    verification.verifiedDigest = AuditRecord.GENESIS;
    return verification;
  }

  /**
   * Checks the next links in order from where the verification stands, stopping at the first that
   * does not follow (a gap, a wrong predecessor, a digest that no longer holds), which is then kept
   * as the break. Links at or before the point reached are ignored: the same chunk read twice moves
   * nothing.
   *
   * @return how many links were verified now
   */
  long advance(List<AuditLink> links, Instant now) {
    long verified = 0;
    for (AuditLink link : links) {
      if (brokenAt != null) {
        break;
      }
      if (link.sequence() <= verifiedThrough) {
        continue;
      }
      if (link.sequence() != verifiedThrough + 1
          || !link.previousDigest().equals(verifiedDigest)
          || !link.digestHolds()) {
        brokenAt = verifiedThrough + 1;
        break;
      }
      verifiedThrough = link.sequence();
      verifiedDigest = link.digest();
      verified++;
    }
    verifiedCount += verified;
    checkedAt = now;
    return verified;
  }

  AuditVerificationView view() {
    return new AuditVerificationView(verifiedThrough, verifiedCount, brokenAt, checkedAt);
  }
}
