package org.onewindow.keycloak.expiry;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * At each login, asks an administrator whose password is older than the limit to change it
 * (Keycloak's own UPDATE_PASSWORD action does the asking). Has no page of its own.
 */
public class AdminPasswordExpiryRequiredAction implements RequiredActionProvider {

  private final List<String> roles;
  private final Duration maximumAge;
  private final Clock clock;

  AdminPasswordExpiryRequiredAction(List<String> roles, Duration maximumAge, Clock clock) {
    this.roles = roles;
    this.maximumAge = maximumAge;
    this.clock = clock;
  }

  @Override
  public void evaluateTriggers(RequiredActionContext context) {
    UserModel user = context.getUser();
    if (isAdministrator(context.getRealm(), user) && passwordOlderThanLimit(user)) {
      user.addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
    }
  }

  private boolean isAdministrator(RealmModel realm, UserModel user) {
    return roles.stream()
        .map(realm::getRole)
        .filter(Objects::nonNull)
        .anyMatch((RoleModel role) -> user.hasRole(role));
  }

  private boolean passwordOlderThanLimit(UserModel user) {
    long now = clock.millis();
    return user.credentialManager()
        .getStoredCredentialsByTypeStream(PasswordCredentialModel.TYPE)
        .anyMatch(
            credential ->
                credential.getCreatedDate() != null
                    && now - credential.getCreatedDate() > maximumAge.toMillis());
  }

  @Override
  public void requiredActionChallenge(RequiredActionContext context) {
    context.success(); // nothing to show: UPDATE_PASSWORD asks for the new password
  }

  @Override
  public void processAction(RequiredActionContext context) {
    context.success();
  }

  @Override
  public void close() {}
}
