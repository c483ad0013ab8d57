package org.onewindow.keycloak.sm2;

import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

/** One request's {@link Sm2JwksResource}. */
public class Sm2JwksResourceProvider implements RealmResourceProvider {

  private final KeycloakSession session;

  Sm2JwksResourceProvider(KeycloakSession session) {
    this.session = session;
  }

  @Override
  public Object getResource() {
    return new Sm2JwksResource(session);
  }

  @Override
  public void close() {}
}
