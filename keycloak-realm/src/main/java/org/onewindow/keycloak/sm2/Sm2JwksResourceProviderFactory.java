package org.onewindow.keycloak.sm2;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/** Mounts {@link Sm2JwksResource} at {@code /realms/{realm}/sm2}. */
public class Sm2JwksResourceProviderFactory implements RealmResourceProviderFactory {

  public static final String ID = "sm2";

  @Override
  public RealmResourceProvider create(KeycloakSession session) {
    return new Sm2JwksResourceProvider(session);
  }

  @Override
  public void init(Config.Scope config) {}

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public void close() {}

  @Override
  public String getId() {
    return ID;
  }
}
