package org.onewindow.keycloak.ticket;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

/** Per request: hands Keycloak the ticket endpoints. */
public class TicketResourceProvider implements RealmResourceProvider {

  private final KeycloakSession session;
  private final TicketSettings settings;

  TicketResourceProvider(KeycloakSession session, TicketSettings settings) {
    this.session = session;
    this.settings = settings;
  }

  @Override
  public Object getResource() {
    return new TicketResource(session, settings);
  }

  @Override
  public void close() {}
}
