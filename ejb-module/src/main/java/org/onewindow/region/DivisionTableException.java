package org.onewindow.region;

import org.onewindow.common.Message;
import org.onewindow.common.Messages;

/**
 * A division table file that cannot be used: missing, unreadable, not UTF-8, or with a malformed
 * line. A configuration fault for operators, so the message names the file and the line.
 */
public class DivisionTableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int lineNumber;

  /** The message: a key of the region bundle, read in the caller's language. */
  private final Message text;

  DivisionTableException(Message text, int lineNumber, Throwable cause) {
    super(text.in(Messages.PLATFORM_LOCALE), cause);
    this.text = text;
    this.lineNumber = lineNumber;
  }

  /** The key and arguments of the message. */
  public Message text() {
    return text;
  }

  /** The 1-based line at fault, or 0 when the fault is not in one line. */
  public int lineNumber() {
    return lineNumber;
  }
}
