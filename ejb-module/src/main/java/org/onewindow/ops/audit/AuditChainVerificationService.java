package org.onewindow.ops.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.onewindow.common.Roles;

/**
 * The audit chain verified incrementally by the {@code audit-chain-verification} job: it reads the
 * links after the point reached and advances that point in each chunk's transaction. The reading
 * and advancing methods serve the job, which runs for whoever started it or for the recovery timer
 * after a node loss; what they return is digests and positions, nothing personal.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class AuditChainVerificationService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Inject Clock clock;

  /** Where the verification stands. */
  public AuditVerificationView verification() {
    AuditVerification verification = em.find(AuditVerification.class, AuditVerification.ID);
    return (verification == null ? AuditVerification.none() : verification).view();
  }

  /** The links after {@code sequence}, in order, at most {@code limit}. */
  @PermitAll
  public List<AuditLink> linksAfter(long sequence, int limit) {
    return new AuditRecordRepository(em)
        .after(sequence, limit).stream()
            .map(
                record ->
                    new AuditLink(
                        record.sequence(),
                        record.previousDigest(),
                        record.digest(),
                        record.computeDigest().equals(record.digest())))
            .toList();
  }

  /** The chain's last record (0: none): how far a run without {@code upTo} will read. */
  @PermitAll
  public long chainHead() {
    Long head =
        em.createQuery("select max(r.sequence) from AuditRecord r", Long.class).getSingleResult();
    return head == null ? 0 : head;
  }

  /** The last record verified so far (0: none): where a job without a checkpoint begins. */
  @PermitAll
  public long verifiedThrough() {
    return verification().verifiedThrough();
  }

  /**
   * Advances the verification over the chunk's links, in the chunk's transaction.
   *
   * @return where it stands now
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public AuditVerificationView advance(List<AuditLink> links) {
    AuditVerification verification =
        em.find(AuditVerification.class, AuditVerification.ID, LockModeType.PESSIMISTIC_WRITE);
    if (verification == null) {
      // The first chunk ever. Two first chunks at once collide on the key and one rolls back.
      verification = AuditVerification.none();
      em.persist(verification);
    }
    verification.advance(links, clock.instant());
    return verification.view();
  }
}
