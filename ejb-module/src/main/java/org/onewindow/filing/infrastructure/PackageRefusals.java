package org.onewindow.filing.infrastructure;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.onewindow.common.InvalidInputException;

/**
 * The refusals of an install package: every one names the upload's form field and a {@code
 * filing.package.*} message. What a library or a parser said about the bytes goes to the log at
 * debug level only; the submitter reads the bundle's text, never a stack trace or a library's own
 * words.
 */
final class PackageRefusals {

  /** The form field an install package is uploaded through. */
  static final String FIELD = "installPackage";

  private static final Logger LOG = Logger.getLogger(PackageRefusals.class.getName());

  private PackageRefusals() {}

  /** A refusal {@code filing.package.<reason>} with {@code arguments}. */
  static InvalidInputException refuse(String reason, Object... arguments) {
    return InvalidInputException.keyed(FIELD, "filing.package." + reason, arguments);
  }

  /** The same, after logging what was wrong for an operator. */
  static InvalidInputException refuse(Throwable detail, String reason, Object... arguments) {
    LOG.log(Level.FINE, detail, () -> "install package refused (" + reason + ")");
    return refuse(reason, arguments);
  }
}
