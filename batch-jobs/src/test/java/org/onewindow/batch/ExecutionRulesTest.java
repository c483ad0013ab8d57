package org.onewindow.batch;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.batch.runtime.BatchStatus;
import org.junit.jupiter.api.Test;
import org.onewindow.common.StateConflictException;

/** What may be done with an execution in each state (issue 19 item 5). */
class ExecutionRulesTest {

  @Test
  void onlyTheLatestFailedOrStoppedExecutionIsRestarted() {
    assertDoesNotThrow(() -> ExecutionRules.restartable(BatchStatus.FAILED, 7, 7));
    assertDoesNotThrow(() -> ExecutionRules.restartable(BatchStatus.STOPPED, 7, 7));
    for (BatchStatus status :
        new BatchStatus[] {
          BatchStatus.COMPLETED,
          BatchStatus.STARTED,
          BatchStatus.STARTING,
          BatchStatus.STOPPING,
          BatchStatus.ABANDONED
        }) {
      StateConflictException refused =
          assertThrows(
              StateConflictException.class, () -> ExecutionRules.restartable(status, 7, 7));
      assertEquals("ops.job.notRestartable", refused.text().orElseThrow().key(), status.name());
    }
    StateConflictException continued =
        assertThrows(
            StateConflictException.class,
            () -> ExecutionRules.restartable(BatchStatus.FAILED, 7, 9));
    assertEquals("ops.job.alreadyRestarted", continued.text().orElseThrow().key());
  }

  @Test
  void onlyARunningExecutionIsStopped() {
    assertDoesNotThrow(() -> ExecutionRules.stoppable(BatchStatus.STARTED));
    assertDoesNotThrow(() -> ExecutionRules.stoppable(BatchStatus.STARTING));
    assertThrows(
        StateConflictException.class, () -> ExecutionRules.stoppable(BatchStatus.STOPPING));
    assertThrows(
        StateConflictException.class, () -> ExecutionRules.stoppable(BatchStatus.COMPLETED));
    assertThrows(StateConflictException.class, () -> ExecutionRules.stoppable(BatchStatus.FAILED));
  }

  @Test
  void onlyAFailedOrStoppedExecutionIsAbandoned() {
    assertDoesNotThrow(() -> ExecutionRules.abandonable(BatchStatus.FAILED));
    assertDoesNotThrow(() -> ExecutionRules.abandonable(BatchStatus.STOPPED));
    assertThrows(
        StateConflictException.class, () -> ExecutionRules.abandonable(BatchStatus.STARTED));
    assertThrows(
        StateConflictException.class, () -> ExecutionRules.abandonable(BatchStatus.COMPLETED));
  }
}
