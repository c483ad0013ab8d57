package org.onewindow.ops.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.testing.InMemoryDatabase;

/**
 * The leases' conditional updates on a real database: each decision is taken once, and a holder
 * whose lease was taken can no longer renew it (the fence that keeps a restarted job's counts
 * exact).
 */
class BatchLeaseRepositoryTest {

  private static final Instant T = Instant.parse("2026-12-06T10:00:00Z");

  private final InMemoryDatabase db = new InMemoryDatabase();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theHolderRenewsItsLeaseAndNoOtherIncarnationCan() {
    take(1);
    assertTrue(decided(leases -> leases.renew(1, "a", T.plusSeconds(5))));
    assertFalse(decided(leases -> leases.renew(1, "b", T.plusSeconds(5))));
    assertEquals(T.plusSeconds(5), lease(1).heartbeatAt());
  }

  @Test
  void anOrphanedLeaseCanNoLongerBeRenewedNorEnded() {
    take(1);
    assertTrue(decided(leases -> leases.orphan(1, T)));
    assertFalse(decided(leases -> leases.renew(1, "a", T.plusSeconds(40))));
    assertFalse(decided(leases -> leases.end(1, "a")));
    assertEquals(BatchLeaseState.ORPHANED, lease(1).state());
  }

  @Test
  void aLeaseRenewedSinceItWasReadIsNotOrphaned() {
    take(1);
    db.run(em -> new BatchLeaseRepository(em).renew(1, "a", T.plusSeconds(5)));
    // A survivor that read the heartbeat of T decides on a stale reading: nothing changes.
    assertFalse(decided(leases -> leases.orphan(1, T)));
    assertEquals(BatchLeaseState.RUNNING, lease(1).state());
  }

  @Test
  void aRecoveryIsClaimedOnceAndClosedOnlyByItsClaimant() {
    take(1);
    db.run(em -> new BatchLeaseRepository(em).orphan(1, T));
    Instant later = T.plusSeconds(40);
    assertTrue(
        decided(leases -> leases.claimRecovery(1, BatchLeaseState.ORPHANED, T, "node2/b", later)));
    assertFalse(
        decided(leases -> leases.claimRecovery(1, BatchLeaseState.ORPHANED, T, "node3/c", later)));
    assertFalse(decided(leases -> leases.recovered(1, "node3/c", 9L)));
    assertTrue(decided(leases -> leases.recovered(1, "node2/b", 9L)));
    BatchLeaseView view = lease(1).view();
    assertEquals(BatchLeaseState.RECOVERED, view.state());
    assertEquals(9L, view.restartedAs());
    assertEquals("node2/b", view.recoveredBy());
    assertEquals("node1", view.node());
  }

  @Test
  void aRecoveryWhoseClaimantDiedAwaitsAnotherAfterItsPatience() {
    take(1);
    db.run(em -> new BatchLeaseRepository(em).orphan(1, T));
    db.run(
        em ->
            new BatchLeaseRepository(em)
                .claimRecovery(1, BatchLeaseState.ORPHANED, T, "node2/b", T.plusSeconds(40)));
    BatchLease claimed = lease(1);
    assertFalse(claimed.awaitsRecovery(T.plusSeconds(40).plus(BatchLease.RECOVERY_PATIENCE)));
    assertTrue(
        claimed.awaitsRecovery(T.plusSeconds(40).plus(BatchLease.RECOVERY_PATIENCE).plusMillis(1)));
  }

  /** A decision of the repository's, taken in a transaction of its own. */
  private boolean decided(Function<BatchLeaseRepository, Boolean> decision) {
    return db.inTransaction(em -> decision.apply(new BatchLeaseRepository(em)));
  }

  private void take(long id) {
    db.run(em -> em.persist(BatchLease.taken(id, "audit-chain-verification", "node1", "a", T)));
  }

  private BatchLease lease(long id) {
    return db.inTransaction(em -> em.find(BatchLease.class, id));
  }
}
