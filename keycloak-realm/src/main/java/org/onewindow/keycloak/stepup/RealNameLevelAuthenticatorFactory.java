package org.onewindow.keycloak.stepup;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/** Registers {@code real-name-level}; each execution's config names the level it guards. */
public class RealNameLevelAuthenticatorFactory implements AuthenticatorFactory {

  public static final String ID = "real-name-level";
  static final String LEVEL = "level";

  private static final RealNameLevelAuthenticator SINGLETON = new RealNameLevelAuthenticator();

  private static final Requirement[] REQUIREMENTS = {Requirement.REQUIRED, Requirement.DISABLED};

  @Override
  public Authenticator create(KeycloakSession session) {
    return SINGLETON; // stateless
  }

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public String getDisplayType() {
    return "Real-name level (实名等级)";
  }

  @Override
  public String getReferenceCategory() {
    return "real-name-level";
  }

  @Override
  public String getHelpText() {
    return "Passes when the user's realNameLevel reaches the configured level; below it, asks for"
        + " real-name verification (levels up to 3) or refuses (level 4, face verification).";
  }

  @Override
  public boolean isConfigurable() {
    return true;
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    ProviderConfigProperty level = new ProviderConfigProperty();
    level.setName(LEVEL);
    level.setLabel("Real-name level");
    level.setHelpText("C 0114 level 1–4 this execution guards");
    level.setType(ProviderConfigProperty.LIST_TYPE);
    level.setOptions(List.of("1", "2", "3", "4"));
    level.setDefaultValue("3");
    return List.of(level);
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
