package org.onewindow.ops.batch;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.onewindow.ops.cluster.ClusterNode;

/**
 * The leases of running batch executions (package doc). Called by the batch module's listeners and
 * its recovery timer only, on behalf of the batch runtime rather than of a person: no web resource
 * calls it, so it needs no role of its own; who may start, stop or restart a job is decided by the
 * batch module's {@code BatchJobService}.
 *
 * <p>Times are the nodes' clocks, which must agree within seconds (NTP), as for the members'
 * liveness; {@link BatchLease#SILENCE} is thirty seconds so that such a difference never decides.
 */
@Stateless
@PermitAll
public class BatchLeaseService {

  private static final Logger LOG = Logger.getLogger(BatchLeaseService.class.getName());

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Inject Clock clock;

  /** Takes the lease of an execution starting on this node, in a transaction of its own. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void take(long executionId, String jobName) {
    BatchLease existing = em.find(BatchLease.class, executionId);
    if (existing != null) {
      // A restart reuses no execution id, so this is the same start seen twice: keep the first.
      return;
    }
    em.persist(
        BatchLease.taken(
            executionId, jobName, ClusterNode.name(), ClusterNode.incarnation(), now()));
  }

  /**
   * Renews the lease inside the caller's transaction (a chunk's): the fence.
   *
   * @throws BatchLeaseLost when a survivor took it, which rolls the chunk back
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void renewInChunk(long executionId) {
    if (!repository().renew(executionId, ClusterNode.incarnation(), now())) {
      throw new BatchLeaseLost(executionId);
    }
  }

  /** Renews every lease this node holds (the timer, for steps between chunks or batchlets). */
  public int renewMine() {
    return repository().renewAll(ClusterNode.incarnation(), now());
  }

  /** Ends the lease of an execution that ended here; false if a survivor had taken it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean end(long executionId) {
    return repository().end(executionId, ClusterNode.incarnation());
  }

  /**
   * Orphans the running leases whose holder is lost, as this node sees them; their ids.
   *
   * @param reachingDatabaseFor how long this node has reached the database tick after tick: only
   *     once that is {@link BatchLease#SILENCE} may it call another node's silence a loss (after a
   *     database outage every holder was silent); its own earlier life's leases are orphaned either
   *     way
   */
  public List<Long> orphanTheLost(Duration reachingDatabaseFor) {
    boolean judgeOthers = reachingDatabaseFor.compareTo(BatchLease.SILENCE) >= 0;
    Instant now = now();
    List<Long> orphaned = new ArrayList<>();
    for (BatchLease lease : repository().inStates(BatchLeaseState.RUNNING)) {
      if (lease.holderLost(now, ClusterNode.name(), ClusterNode.incarnation(), judgeOthers)
          && repository().orphan(lease.executionId(), lease.heartbeatAt())) {
        LOG.warning(
            () ->
                "Batch execution "
                    + lease.executionId()
                    + " ("
                    + lease.jobName()
                    + ") lost its node "
                    + lease.view().node()
                    + ": orphaned");
        orphaned.add(lease.executionId());
      }
    }
    return orphaned;
  }

  /**
   * Claims the recovery of every lease that awaits one, and marks each claimed execution FAILED in
   * the job repository, in one transaction: a recovery claimed is a recovery marked.
   *
   * @return the claimed executions, for the caller to restart where the job allows it and then
   *     close with {@link #recovered}
   */
  public List<BatchLeaseView> claimRecoveries() {
    Instant now = now();
    List<BatchLeaseView> claimed = new ArrayList<>();
    for (BatchLease lease :
        repository().inStates(BatchLeaseState.ORPHANED, BatchLeaseState.RECOVERING)) {
      if (lease.awaitsRecovery(now)
          && repository()
              .claimRecovery(
                  lease.executionId(), lease.state(), lease.heartbeatAt(), claimant(), now)) {
        new JobRepositoryRows(em)
            .markFailed(lease.executionId(), "NODE_LOST " + lease.view().node(), now);
        claimed.add(lease.view());
      }
    }
    return claimed;
  }

  /** Closes a recovery this node claimed: {@code restartedAs} the continuing execution, or null. */
  public void recovered(long executionId, Long restartedAs) {
    if (!repository().recovered(executionId, claimant(), restartedAs)) {
      LOG.warning(() -> "Batch execution " + executionId + ": recovery no longer ours to close");
    }
  }

  /** The lease of an execution, if it ran under one. */
  public Optional<BatchLeaseView> lease(long executionId) {
    return repository().find(executionId).map(BatchLease::view);
  }

  private static String claimant() {
    return ClusterNode.name() + "/" + ClusterNode.incarnation();
  }

  private Instant now() {
    // What the database keeps, so the instant compared later is the instant written.
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private BatchLeaseRepository repository() {
    return new BatchLeaseRepository(em);
  }
}
