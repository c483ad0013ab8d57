package org.onewindow.ops.batch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a lease's holder counts as lost (issue 17 item 2: batch executions carry a lease). */
class BatchLeaseTest {

  private static final Instant T = Instant.parse("2026-12-06T10:00:00Z");

  private final BatchLease lease = BatchLease.taken(7, "audit-chain-verification", "node1", "a", T);

  @Test
  void aHolderThatRenewsIsNeverLostWhoeverLooks() {
    assertFalse(lease.holderLost(T.plus(BatchLease.SILENCE), "node2", "b", true));
  }

  @Test
  void aHolderNeverJudgesItsOwnLeaseLostHoweverLongItCouldNotRenew() {
    // After a database outage its own heartbeat is old; it is alive all the same.
    assertFalse(lease.holderLost(T.plusSeconds(3600), "node1", "a", true));
  }

  @Test
  void aSilentHolderIsLostAfterTheSilence() {
    assertTrue(lease.holderLost(T.plus(BatchLease.SILENCE).plusMillis(1), "node2", "b", true));
  }

  @Test
  void anotherHoldersSilenceIsNotJudgedByANodeThatWasItselfCutOffFromTheDatabase() {
    assertFalse(lease.holderLost(T.plusSeconds(3600), "node2", "b", false));
  }

  @Test
  void aNodesEarlierLifeIsLostAtOnceToTheNodeRestartedUnderItsName() {
    // node1 restarted (new incarnation): its earlier life's execution is not running in this JVM.
    assertTrue(lease.holderLost(T, "node1", "c", false));
    // ...but the other node cannot tell a restart from a live holder until the silence.
    assertFalse(lease.holderLost(T, "node2", "b", true));
  }
}
