package org.onewindow.ops.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import org.onewindow.common.PageRequest;
import org.onewindow.common.ResultPage;
import org.onewindow.common.Roles;

/** The append-only, SM3-chained audit table. */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class AuditTrailService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Inject Clock clock;

  /** Appends one event; only the audit queue's consumer calls this. */
  @PermitAll
  public void append(AuditEvent event) {
    AuditChainHead head =
        em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    if (head == null) {
      // The first append anywhere. Two nodes racing here collide on the primary key; the loser's
      // transaction rolls back and JMS delivers its event again, to find the head then.
      head = AuditChainHead.empty();
      em.persist(head);
    }
    em.persist(head.append(event, clock.instant()));
  }

  /** The newest records, newest first. */
  public List<AuditRecordView> recent(int limit) {
    return recent(limit, "");
  }

  /** The newest records of one source ({@code keycloak}, {@code platform}; empty: all). */
  public List<AuditRecordView> recent(int limit, String source) {
    boolean all = source == null || source.isBlank();
    return new AuditRecordRepository(em)
        .newest(all ? null : source, Math.max(1, Math.min(limit, 500))).stream()
            .map(AuditRecord::view)
            .toList();
  }

  /**
   * One page of the trail, narrowed by {@code filter}, newest first unless {@code page} names
   * another order (sort fields: {@link AuditRecordRepository#SORT}), with how many records the
   * filter admits. Platform administrators only, as the whole trail (GB/T 22239 8.1.4.3).
   *
   * @throws org.onewindow.common.InvalidInputException for a sort field outside the whitelist or a
   *     search text too long
   */
  public ResultPage<AuditRecordView> page(AuditFilter filter, PageRequest page) {
    return new AuditRecordRepository(em)
        .page(filter.sourceOrAll(), filter.text(), page)
        .map(AuditRecord::view);
  }

  /** How many records {@link #page} admits under {@code filter}. */
  public long count(AuditFilter filter) {
    return new AuditRecordRepository(em).count(filter.sourceOrAll(), filter.text());
  }

  /**
   * Walks the chain from the start.
   *
   * @return the sequence of the first record whose digest or link does not hold, or empty when the
   *     whole chain is intact
   */
  public OptionalLong verify() {
    String previous = AuditRecord.GENESIS;
    long expected = 1;
    List<AuditRecord> records = new AuditRecordRepository(em).chain();
    for (AuditRecord record : records) {
      if (record.sequence() != expected
          || !record.previousDigest().equals(previous)
          || !record.computeDigest().equals(record.digest())) {
        return OptionalLong.of(expected);
      }
      previous = record.digest();
      expected++;
    }
    return OptionalLong.empty();
  }
}
