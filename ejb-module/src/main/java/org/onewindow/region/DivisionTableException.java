package org.onewindow.region;

/**
 * A division table file that cannot be used: missing, unreadable, not UTF-8, or with a malformed
 * line. A configuration fault for operators, so the message names the file and the line.
 */
public class DivisionTableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int lineNumber;

  DivisionTableException(String message, int lineNumber, Throwable cause) {
    super(message, cause);
    this.lineNumber = lineNumber;
  }

  /** The 1-based line at fault, or 0 when the fault is not in one line. */
  public int lineNumber() {
    return lineNumber;
  }
}
