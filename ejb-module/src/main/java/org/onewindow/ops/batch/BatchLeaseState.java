package org.onewindow.ops.batch;

/** Where a lease stands; only {@link #RUNNING} is renewed. */
public enum BatchLeaseState {
  /** Its holder runs the execution and renews the lease. */
  RUNNING,
  /** The execution ended on its holder (completed, failed or stopped there). */
  ENDED,
  /** The holder stopped renewing: the execution waits for a survivor to recover it. */
  ORPHANED,
  /** A survivor has claimed the recovery and is marking and restarting the execution. */
  RECOVERING,
  /** Marked failed in the job repository and, where the job allows it, restarted. */
  RECOVERED
}
