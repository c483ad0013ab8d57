package org.onewindow.ops.batch;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Creates a job's schedule row, off, in a transaction of its own, so that it is there for every
 * start that locks it. Two first starts at once (an administrator's and a schedule's, or one on
 * each node of a cluster) both try: one insert commits, the other collides on the key and rolls
 * back only itself — the caller goes on and locks the row the other one made, instead of refusing a
 * start that nothing forbids (a cluster run saw exactly that refusal as a 409).
 */
@Stateless
@PermitAll
public class BatchScheduleRows {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  /** Inserts the job's row, off, and commits it; fails (to the caller) if it already exists. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void createOff(String jobName) {
    em.persist(BatchSchedule.off(jobName));
    em.flush();
  }
}
