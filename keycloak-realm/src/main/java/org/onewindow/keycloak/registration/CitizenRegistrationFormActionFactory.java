package org.onewindow.keycloak.registration;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.FormAction;
import org.keycloak.authentication.FormActionFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/** Registers {@code citizen-registration} for the realm's registration form flow. */
public class CitizenRegistrationFormActionFactory implements FormActionFactory {

  public static final String ID = "citizen-registration";

  private static final CitizenRegistrationFormAction SINGLETON =
      new CitizenRegistrationFormAction();

  private static final Requirement[] REQUIREMENTS = {Requirement.REQUIRED, Requirement.DISABLED};

  @Override
  public FormAction create(KeycloakSession session) {
    return SINGLETON; // stateless
  }

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public String getDisplayType() {
    return "Citizen registration (自然人注册：citizen 角色，实名一级)";
  }

  @Override
  public String getReferenceCategory() {
    return null;
  }

  @Override
  public String getHelpText() {
    return "Gives a self-registered user the realm role citizen and realNameLevel 1.";
  }

  @Override
  public boolean isConfigurable() {
    return false;
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return List.of();
  }

  @Override
  public Requirement[] getRequirementChoices() {
    return REQUIREMENTS.clone();
  }

  @Override
  public boolean isUserSetupAllowed() {
    return false;
  }

  @Override
  public void init(Config.Scope config) {}

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public void close() {}
}
