package org.onewindow.keycloak.login;

import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.browser.UsernamePasswordForm;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.representations.idm.CredentialRepresentation;

/**
 * Keycloak's username/password form in which every failed login costs one password hash of the
 * realm's policy: the paths on which Keycloak answers without one (a user locked by brute-force
 * detection, an empty password) hash a dummy password exactly as Keycloak does for an unknown user.
 * Messages, events and lockout counting are Keycloak's own, unchanged.
 */
public class EvenCostPasswordForm extends UsernamePasswordForm {

  /** The form as Keycloak's factory makes it, with conditional passkeys when the realm has them. */
  public EvenCostPasswordForm(KeycloakSession session) {
    super(session);
  }

  /**
   * The form without conditional passkeys, whose WebAuthn library exists only inside a server: for
   * unit tests of the password paths.
   */
  EvenCostPasswordForm() {
    super();
  }

  /**
   * Keycloak asks this before verifying the password and, for a locked user, answers at once; the
   * dummy hash makes that answer cost what a wrong password costs.
   */
  @Override
  protected boolean isDisabledByBruteForce(AuthenticationFlowContext context, UserModel user) {
    boolean locked = super.isDisabledByBruteForce(context, user);
    if (locked) {
      spendOneHash(context);
    }
    return locked;
  }

  /**
   * An empty password is refused before any hash for a known user, after the dummy hash for an
   * unknown one: hash here too, so an empty password does not sort user names either.
   */
  @Override
  public boolean validatePassword(
      AuthenticationFlowContext context,
      UserModel user,
      MultivaluedMap<String, String> inputData,
      boolean clearUser) {
    String password = inputData.getFirst(CredentialRepresentation.PASSWORD);
    if (password == null || password.isEmpty()) {
      spendOneHash(context);
    }
    return super.validatePassword(context, user, inputData, clearUser);
  }

  /**
   * The work of one password check at the realm's cost: Keycloak's own dummy hash, which takes the
   * algorithm and iterations from the realm's password policy (so a realm that raises its
   * iterations raises this too).
   */
  static void spendOneHash(AuthenticationFlowContext context) {
    AuthenticatorUtils.dummyHash(context);
  }
}
