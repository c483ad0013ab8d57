package org.onewindow.ops.batch;

import jakarta.ejb.ApplicationException;

/**
 * This node no longer holds the execution's lease: a survivor took it while the node was cut off or
 * paused. Thrown inside the chunk's transaction, it rolls the chunk back, so the work the survivor
 * now redoes is never also committed here.
 */
@ApplicationException(rollback = true)
public class BatchLeaseLost extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BatchLeaseLost(long executionId) {
    super("execution " + executionId + " is no longer leased to this node");
  }
}
