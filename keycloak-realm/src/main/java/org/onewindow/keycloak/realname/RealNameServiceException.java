package org.onewindow.keycloak.realname;

/**
 * The verification service gave no usable answer (down, slow, refused our credentials, answered
 * something else). Distinct from a mismatch: the user is told to try later, and nothing changes.
 * Messages never contain the name or the ID number.
 */
public class RealNameServiceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RealNameServiceException(String message) {
    super(message);
  }

  public RealNameServiceException(String message, Throwable cause) {
    super(message, cause);
  }
}
