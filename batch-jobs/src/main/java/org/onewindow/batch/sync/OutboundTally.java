package org.onewindow.batch.sync;

import java.io.Serializable;

/**
 * An outbound step's counts, committed with each batch in the reader's checkpoint: records and
 * batches delivered, records the upper platform rejected; and where the chunk in progress began
 * (the cursor position the writer advances from).
 */
public final class OutboundTally implements Serializable {

  private static final long serialVersionUID = 1L;

  long chunkStart;
  long records;
  long batches;
  long rejected;

  OutboundTally copy() {
    OutboundTally copy = new OutboundTally();
    copy.chunkStart = chunkStart;
    copy.records = records;
    copy.batches = batches;
    copy.rejected = rejected;
    return copy;
  }

  public String summary() {
    return "RECORDS=" + records + " BATCHES=" + batches + " REJECTED=" + rejected;
  }
}
