package org.onewindow.keycloak.realname;

/**
 * What a Keycloak without a configured service uses: every check fails closed with "no answer", so
 * a forgotten configuration never raises anybody's level (and never falls back to the sandbox).
 */
final class UnconfiguredRealNameVerifier implements RealNameVerifier {

  @Override
  public boolean matches(String name, String idNumber) {
    throw new RealNameServiceException(
        "no real-name verification service configured (spi-required-action--"
            + RealNameVerificationRequiredActionFactory.ID
            + "--url)");
  }
}
