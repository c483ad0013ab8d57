package org.onewindow.batch.sync;

import java.io.Serializable;

/** Where the staging reader stands: the last sequence read, with the step's counts. */
public final class StagingCheckpoint implements Serializable {

  private static final long serialVersionUID = 1L;

  long seq;

  InboundTally tally = new InboundTally();

  StagingCheckpoint copy() {
    StagingCheckpoint copy = new StagingCheckpoint();
    copy.seq = seq;
    copy.tally = tally.copy();
    return copy;
  }
}
