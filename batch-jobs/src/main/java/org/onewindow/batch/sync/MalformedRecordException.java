package org.onewindow.batch.sync;

import org.onewindow.common.Message;

/**
 * A record the reader could not make into an exchange record: a skippable exception of the inbound
 * jobs (their job XML), which {@link RejectionKeeper} keeps as a rejection with its reason in the
 * chunk's transaction. Its position is already passed: the checkpoint never reads it again.
 */
public class MalformedRecordException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final Message reason;
  private final String excerpt;

  public MalformedRecordException(String source, Message reason, String excerpt) {
    super(source + ": " + reason.key());
    this.source = source;
    this.reason = reason;
    this.excerpt = excerpt;
  }

  /** Where it was read: {@code file:record number} or {@code staging:feed:seq}. */
  public String source() {
    return source;
  }

  public Message reason() {
    return reason;
  }

  public String excerpt() {
    return excerpt;
  }
}
