package org.onewindow.batch;

import jakarta.batch.runtime.BatchStatus;
import java.util.EnumSet;
import java.util.Set;
import org.onewindow.common.StateConflictException;

/**
 * What may be done with an execution in the state it is in (issue 19 item 5). Jakarta Batch refuses
 * some of these too, but with exceptions that say nothing to an administrator; these say why.
 */
final class ExecutionRules {

  /** The states of an execution not over yet (JBeret's repository, any node). */
  static final Set<BatchStatus> RUNNING =
      EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

  private static final Set<BatchStatus> ENDED_UNFINISHED =
      EnumSet.of(BatchStatus.FAILED, BatchStatus.STOPPED);

  private ExecutionRules() {}

  /**
   * A restart continues a failed or stopped execution from its last checkpoint, and only the latest
   * of its instance (an earlier one was continued already).
   *
   * @throws StateConflictException otherwise
   */
  static void restartable(BatchStatus status, long executionId, long latestOfInstance) {
    if (!ENDED_UNFINISHED.contains(status)) {
      throw StateConflictException.keyed("ops.job.notRestartable", status.name());
    }
    if (latestOfInstance != executionId) {
      throw StateConflictException.keyed("ops.job.alreadyRestarted", latestOfInstance);
    }
  }

  /** Only a running execution can be asked to stop. */
  static void stoppable(BatchStatus status) {
    if (status != BatchStatus.STARTING && status != BatchStatus.STARTED) {
      throw StateConflictException.keyed("ops.job.notStoppable", status.name());
    }
  }

  /**
   * Abandoning gives up a failed or stopped execution for good (it can no longer be restarted); a
   * running one must be stopped first, a completed one has nothing to give up.
   */
  static void abandonable(BatchStatus status) {
    if (!ENDED_UNFINISHED.contains(status)) {
      throw StateConflictException.keyed("ops.job.notAbandonable", status.name());
    }
  }
}
