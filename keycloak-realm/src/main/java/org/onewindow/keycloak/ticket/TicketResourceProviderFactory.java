package org.onewindow.keycloak.ticket;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/**
 * Mounts the ticket endpoints at {@code /realms/{realm}/onewindow-tickets}. Option {@code
 * sealing-key-algorithm} (Keycloak option {@code
 * --spi-realm-restapi-extension--onewindow-tickets--sealing-key-algorithm}) names the JWS algorithm
 * of the realm key that signs sealed user info; default {@value #DEFAULT_SEALING_ALGORITHM}.
 */
public class TicketResourceProviderFactory implements RealmResourceProviderFactory {

  public static final String PROVIDER_ID = "onewindow-tickets";
  static final String DEFAULT_SEALING_ALGORITHM = "SM2";

  private TicketSettings settings;

  @Override
  public RealmResourceProvider create(KeycloakSession session) {
    return new TicketResourceProvider(session, settings);
  }

  @Override
  public void init(Config.Scope config) {
    settings = new TicketSettings(config.get("sealing-key-algorithm", DEFAULT_SEALING_ALGORITHM));
  }

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public void close() {}

  @Override
  public String getId() {
    return PROVIDER_ID;
  }
}
