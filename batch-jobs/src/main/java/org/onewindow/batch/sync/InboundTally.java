package org.onewindow.batch.sync;

import java.io.Serializable;

/**
 * The exact counts of an inbound step, kept in its checkpoint so that they commit with each chunk
 * and resume with it after a crash: records read, written, stale, rejected (unparseable or refused
 * by the capability), outside the time window, and the files taken and refused whole.
 */
public final class InboundTally implements Serializable {

  private static final long serialVersionUID = 1L;

  long read;
  long written;
  long stale;
  long rejected;
  long outsideWindow;
  long files;
  long refusedFiles;

  InboundTally copy() {
    InboundTally copy = new InboundTally();
    copy.read = read;
    copy.written = written;
    copy.stale = stale;
    copy.rejected = rejected;
    copy.outsideWindow = outsideWindow;
    copy.files = files;
    copy.refusedFiles = refusedFiles;
    return copy;
  }

  /** The step's and job's exit status. */
  public String summary() {
    return "READ="
        + read
        + " WRITTEN="
        + written
        + " STALE="
        + stale
        + " REJECTED="
        + rejected
        + " OUTSIDE_WINDOW="
        + outsideWindow
        + " FILES="
        + files
        + " REFUSED_FILES="
        + refusedFiles;
  }

  @Override
  public String toString() {
    return summary();
  }
}
