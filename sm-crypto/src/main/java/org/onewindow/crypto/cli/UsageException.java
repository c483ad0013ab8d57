package org.onewindow.crypto.cli;

/** The command line itself is wrong: a missing option, an unknown value. Exit code 2. */
final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
