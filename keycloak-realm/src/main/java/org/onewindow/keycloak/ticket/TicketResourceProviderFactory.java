package org.onewindow.keycloak.ticket;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/**
 * Mounts the ticket endpoints at {@code /realms/{realm}/onewindow-tickets}. Keys come from the
 * environment: the root key components ({@code ONEWINDOW_ROOT_KEY_COMPONENT_<i>[_FILE]}) that
 * unwrap apps' SM4 keys, and the ticket-signing key ({@code ONEWINDOW_TICKET_SIGNING_KEY[_FILE]}).
 */
public class TicketResourceProviderFactory implements RealmResourceProviderFactory {

  public static final String PROVIDER_ID = "onewindow-tickets";

  private TicketSettings settings;

  @Override
  public RealmResourceProvider create(KeycloakSession session) {
    return new TicketResourceProvider(session, settings);
  }

  @Override
  public void init(Config.Scope config) {
    settings = new TicketSettings();
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
