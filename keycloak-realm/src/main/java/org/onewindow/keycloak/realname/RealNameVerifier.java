package org.onewindow.keycloak.realname;

/**
 * A real-name verification service (实名核验): does this name belong to this resident ID number?
 * Production speaks to the national service through {@link HttpRealNameVerifier}; the demo run and
 * the tests use {@link SandboxRealNameVerifier}.
 */
public interface RealNameVerifier {

  /**
   * Whether {@code name} and {@code idNumber} belong to the same person.
   *
   * @param name the name as on the ID card, trimmed
   * @param idNumber an 18-character ID number whose GB 11643 check character is valid
   * @throws RealNameServiceException when the service gives no answer (not a mismatch)
   */
  boolean matches(String name, String idNumber);

  /** Whether this is a sandbox (fake data): the form then says so to whoever uses it. */
  default boolean isSandbox() {
    return false;
  }
}
