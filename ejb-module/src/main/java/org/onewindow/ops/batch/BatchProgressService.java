package org.onewindow.ops.batch;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.OptionalLong;

/**
 * How many items a running step expects, so that the jobs console can draw a progress bar from the
 * step's read count (a reader that knows its total — a file's records, a feed's backlog — says so
 * when it opens).
 *
 * <p>Called by the jobs' readers on behalf of the batch runtime, not of a person (as {@link
 * BatchLeaseService}); what it keeps is a count, shown to platform administrators through the batch
 * module's {@code BatchJobService}.
 */
@Stateless
@PermitAll
public class BatchProgressService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Inject Clock clock;

  /**
   * Records, in a transaction of its own, that a step of an execution expects {@code total}: a
   * reader opened again (a retried chunk, a restart) says it again, and the last word stands.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void expect(long executionId, String step, long total) {
    long expected = Math.max(0, total);
    BatchProgress known = em.find(BatchProgress.class, new BatchProgress.Key(executionId, step));
    if (known == null) {
      em.persist(new BatchProgress(executionId, step, expected, clock.instant()));
    } else {
      known.expect(expected, clock.instant());
    }
  }

  /** What the step said it expects, if it did. */
  public OptionalLong expected(long executionId, String step) {
    BatchProgress known = em.find(BatchProgress.class, new BatchProgress.Key(executionId, step));
    return known == null ? OptionalLong.empty() : OptionalLong.of(known.expected());
  }
}
