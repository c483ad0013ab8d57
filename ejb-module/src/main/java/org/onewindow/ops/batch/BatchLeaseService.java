package org.onewindow.ops.batch;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
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

  /**
   * The executions the job repository shows running (starting, started, stopping) that have no
   * lease and were created more than {@code grace} ago: left by a node that crashed before the
   * lease was taken, with no survivor to judge its silence — on a single node, nobody else ever
   * would. The grace covers the time between the start and the lease, which the job's listener
   * takes once a batch thread picks the run up.
   */
  public List<BatchLeaseView> unleasedRunning(Duration grace) {
    List<BatchLeaseView> found = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select e.JOBEXECUTIONID, i.JOBNAME from JOB_EXECUTION e join JOB_INSTANCE i"
                    + " on i.JOBINSTANCEID = e.JOBINSTANCEID where e.BATCHSTATUS in"
                    + " ('STARTING', 'STARTED', 'STOPPING') and e.CREATETIME < :before and not"
                    + " exists (select 1 from ow_batch_lease l where l.executionId ="
                    + " e.JOBEXECUTIONID) order by e.JOBEXECUTIONID")
            .setParameter("before", Timestamp.from(now().minus(grace)))
            .getResultList()) {
      Object[] columns = (Object[]) row;
      found.add(
          BatchLease.adopted(((Number) columns[0]).longValue(), (String) columns[1], now()).view());
    }
    return found;
  }

  /**
   * Gives an unleased running execution an orphaned lease, in a transaction of its own, so that the
   * ordinary recovery ({@link #claimRecoveries}) marks it failed and restarts it where its job
   * allows: one path for every lost execution. Two nodes adopting it at once collide on the key;
   * the loser's transaction rolls back and it throws.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void adopt(long executionId, String jobName) {
    if (em.find(BatchLease.class, executionId) == null) {
      em.persist(BatchLease.adopted(executionId, jobName, now()));
      LOG.warning(
          () -> "Batch execution " + executionId + " (" + jobName + ") ran unleased: orphaned");
    }
  }

  /**
   * Whether a run of the job is held by a lease not yet over: running, or lost and awaiting (or in)
   * its recovery, which may restart it — a start now would run beside that restart.
   */
  public boolean unfinished(String jobName) {
    return !em.createQuery(
            "select l.executionId from BatchLease l where l.jobName = :job and l.state in :states",
            Long.class)
        .setParameter("job", jobName)
        .setParameter(
            "states",
            List.of(BatchLeaseState.RUNNING, BatchLeaseState.ORPHANED, BatchLeaseState.RECOVERING))
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
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
