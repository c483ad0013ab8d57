package org.onewindow.crypto.cli;

import java.util.Set;

/** One sub-command of the tool. */
interface Command {

  String name();

  /** One line: the options, for the help text. */
  String usage();

  /** Options that take no value. */
  default Set<String> flags() {
    return Set.of();
  }

  /** Every option the command accepts. */
  Set<String> options();

  /**
   * Runs the command.
   *
   * @return the exit code: 0 done, 1 a negative answer (a signature that does not verify)
   */
  int run(Args args, Io io);
}
