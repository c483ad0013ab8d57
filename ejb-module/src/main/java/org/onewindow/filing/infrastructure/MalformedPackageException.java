package org.onewindow.filing.infrastructure;

/**
 * A metadata file inside an install package that does not parse (binary XML, a property list, a
 * JSON file). Its message is for the log only: it may quote the package's bytes, which are the
 * submitter's, so the user is told the file's name through a bundle message instead.
 */
class MalformedPackageException extends Exception {

  private static final long serialVersionUID = 1L;

  MalformedPackageException(String detail) {
    super(detail);
  }

  MalformedPackageException(String detail, Throwable cause) {
    super(detail, cause);
  }
}
