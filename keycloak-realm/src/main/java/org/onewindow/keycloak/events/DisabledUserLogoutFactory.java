package org.onewindow.keycloak.events;

import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Registers {@link DisabledUserLogout} as the event listener {@value #ID}. */
public class DisabledUserLogoutFactory implements EventListenerProviderFactory {

  public static final String ID = "onewindow-session-guard";

  @Override
  public EventListenerProvider create(KeycloakSession session) {
    return new DisabledUserLogout(session);
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
