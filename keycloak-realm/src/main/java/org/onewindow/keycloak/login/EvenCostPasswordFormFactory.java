package org.onewindow.keycloak.login;

import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.browser.UsernamePasswordFormFactory;
import org.keycloak.models.KeycloakSession;

/**
 * Registers {@code even-cost-password-form}: Keycloak's username/password form (same pages, same
 * reference category, same requirements) through {@link EvenCostPasswordForm}. The realm's level-1
 * sub-flow uses it in place of {@code auth-username-password-form}.
 */
public class EvenCostPasswordFormFactory extends UsernamePasswordFormFactory {

  public static final String ID = "even-cost-password-form";

  @Override
  public Authenticator create(KeycloakSession session) {
    return new EvenCostPasswordForm(session);
  }

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public String getDisplayType() {
    return "Username Password Form (even cost)";
  }

  @Override
  public String getHelpText() {
    return "Keycloak's username/password form; every failed login, locked, disabled or unknown"
        + " account included, costs one password hash of the realm's policy.";
  }
}
