package org.onewindow.batch.sync;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the file reader stands, committed with each chunk: the file being read and how many of its
 * records are behind (the next chunk starts after them), the files finished in committed chunks but
 * not moved out of the inbox yet, and the step's counts.
 */
public final class FileCheckpoint implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A file read to its end (or refused whole), to move to {@code done/} or {@code refused/}. */
  public record Finished(String name, boolean refused) implements Serializable {}

  /** The file in progress; null between files. */
  String file;

  /** Records of {@link #file} already read. */
  long offset;

  final List<Finished> finished = new ArrayList<>();

  InboundTally tally = new InboundTally();

  FileCheckpoint copy() {
    FileCheckpoint copy = new FileCheckpoint();
    copy.file = file;
    copy.offset = offset;
    copy.finished.addAll(finished);
    copy.tally = tally.copy();
    return copy;
  }

  public String file() {
    return file;
  }

  public long offset() {
    return offset;
  }

  public List<Finished> finished() {
    return List.copyOf(finished);
  }

  public InboundTally tally() {
    return tally;
  }
}
