package org.onewindow.keycloak.registration;

import org.keycloak.authentication.FormAction;
import org.keycloak.authentication.FormContext;
import org.keycloak.authentication.ValidationContext;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.onewindow.keycloak.realname.RealNameLevel;

/**
 * Runs after Keycloak's own user creation in the registration form: the new user gets the realm
 * role {@code citizen} and real-name level 1 (registered, C 0114). Only self-registration does
 * this; users created by administrators get the roles the administrator gives.
 */
public class CitizenRegistrationFormAction implements FormAction {

  static final String CITIZEN_ROLE = "citizen";

  @Override
  public void buildPage(FormContext context, LoginFormsProvider form) {}

  @Override
  public void validate(ValidationContext context) {
    context.success(); // the profile and the password are validated by Keycloak's own actions
  }

  @Override
  public void success(FormContext context) {
    UserModel user = context.getUser();
    RoleModel citizen = context.getRealm().getRole(CITIZEN_ROLE);
    if (citizen == null) {
      throw new IllegalStateException(
          "realm " + context.getRealm().getName() + " has no role citizen");
    }
    user.grantRole(citizen);
    user.setSingleAttribute(RealNameLevel.ATTRIBUTE, Integer.toString(RealNameLevel.REGISTERED));
  }

  @Override
  public boolean requiresUser() {
    return false;
  }

  @Override
  public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
    return true;
  }

  @Override
  public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {}

  @Override
  public void close() {}
}
