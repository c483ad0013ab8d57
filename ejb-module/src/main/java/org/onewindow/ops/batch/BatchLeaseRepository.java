package org.onewindow.ops.batch;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The leases' conditional updates. Each names the state (and, where it matters, the heartbeat) it
 * read, so two nodes deciding the same lease at once change it once: the database's row lock orders
 * them and the later one matches no row.
 */
final class BatchLeaseRepository {

  private final EntityManager em;

  BatchLeaseRepository(EntityManager em) {
    this.em = em;
  }

  Optional<BatchLease> find(long executionId) {
    return Optional.ofNullable(em.find(BatchLease.class, executionId));
  }

  /** Renews one lease if this incarnation still holds it; false once it was taken. */
  boolean renew(long executionId, String incarnation, Instant now) {
    return em.createQuery(
                "update BatchLease l set l.heartbeatAt = :now where l.executionId = :id"
                    + " and l.incarnation = :mine and l.state = :running")
            .setParameter("now", now)
            .setParameter("id", executionId)
            .setParameter("mine", incarnation)
            .setParameter("running", BatchLeaseState.RUNNING)
            .executeUpdate()
        == 1;
  }

  /** Renews every lease this incarnation holds; how many. */
  int renewAll(String incarnation, Instant now) {
    return em.createQuery(
            "update BatchLease l set l.heartbeatAt = :now where l.incarnation = :mine"
                + " and l.state = :running")
        .setParameter("now", now)
        .setParameter("mine", incarnation)
        .setParameter("running", BatchLeaseState.RUNNING)
        .executeUpdate();
  }

  /** Ends a lease this incarnation holds; false if it was taken meanwhile. */
  boolean end(long executionId, String incarnation) {
    return em.createQuery(
                "update BatchLease l set l.state = :ended where l.executionId = :id"
                    + " and l.incarnation = :mine and l.state = :running")
            .setParameter("ended", BatchLeaseState.ENDED)
            .setParameter("id", executionId)
            .setParameter("mine", incarnation)
            .setParameter("running", BatchLeaseState.RUNNING)
            .executeUpdate()
        == 1;
  }

  /** Leases in the given states. */
  List<BatchLease> inStates(BatchLeaseState... states) {
    return em.createQuery(
            "select l from BatchLease l where l.state in :states order by l.executionId",
            BatchLease.class)
        .setParameter("states", List.of(states))
        .getResultList();
  }

  /** Orphans a running lease if nobody renewed it since {@code seen}. */
  boolean orphan(long executionId, Instant seen) {
    return em.createQuery(
                "update BatchLease l set l.state = :orphaned where l.executionId = :id"
                    + " and l.state = :running and l.heartbeatAt = :seen")
            .setParameter("orphaned", BatchLeaseState.ORPHANED)
            .setParameter("id", executionId)
            .setParameter("running", BatchLeaseState.RUNNING)
            .setParameter("seen", seen)
            .executeUpdate()
        == 1;
  }

  /** Claims the recovery of a lease still as it was read ({@code state}, {@code seen}). */
  boolean claimRecovery(
      long executionId, BatchLeaseState state, Instant seen, String claimant, Instant now) {
    return em.createQuery(
                "update BatchLease l set l.state = :recovering, l.recoveredBy = :claimant,"
                    + " l.heartbeatAt = :now where l.executionId = :id and l.state = :state"
                    + " and l.heartbeatAt = :seen")
            .setParameter("recovering", BatchLeaseState.RECOVERING)
            .setParameter("claimant", claimant)
            .setParameter("now", now)
            .setParameter("id", executionId)
            .setParameter("state", state)
            .setParameter("seen", seen)
            .executeUpdate()
        == 1;
  }

  /** Closes a recovery this claimant holds. */
  boolean recovered(long executionId, String claimant, Long restartedAs) {
    return em.createQuery(
                "update BatchLease l set l.state = :recovered, l.restartedAs = :restartedAs"
                    + " where l.executionId = :id and l.state = :recovering"
                    + " and l.recoveredBy = :claimant")
            .setParameter("recovered", BatchLeaseState.RECOVERED)
            .setParameter("restartedAs", restartedAs)
            .setParameter("id", executionId)
            .setParameter("recovering", BatchLeaseState.RECOVERING)
            .setParameter("claimant", claimant)
            .executeUpdate()
        == 1;
  }
}
