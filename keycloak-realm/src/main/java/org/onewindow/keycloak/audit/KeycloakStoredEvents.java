package org.onewindow.keycloak.audit;

import java.util.List;
import org.keycloak.events.EventStoreProvider;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * The realm's stored events (the realm JSON keeps user and admin events 180 days), each page read
 * in a transaction of its own.
 */
final class KeycloakStoredEvents implements StoredEvents {

  private final KeycloakSessionFactory sessions;
  private final String realmName;

  KeycloakStoredEvents(KeycloakSessionFactory sessions, String realmName) {
    this.sessions = sessions;
    this.realmName = realmName;
  }

  @Override
  public List<ForwardedEvent> page(String kind, long fromMillis, int first, int max) {
    return KeycloakModelUtils.runJobInTransactionWithResult(
        sessions,
        session -> {
          RealmModel realm = session.realms().getRealmByName(realmName);
          if (realm == null) {
            return List.of();
          }
          EventStoreProvider store = session.getProvider(EventStoreProvider.class);
          if (ForwardedEvent.ADMIN.equals(kind)) {
            return store
                .createAdminQuery()
                .realm(realm.getId())
                .fromTime(fromMillis)
                .orderByAscTime()
                .firstResult(first)
                .maxResults(max)
                .getResultStream()
                .map(ForwardedEvents::of)
                .toList();
          }
          return store
              .createQuery()
              .realm(realm.getId())
              .fromDate(fromMillis)
              .orderByAscTime()
              .firstResult(first)
              .maxResults(max)
              .getResultStream()
              .map(ForwardedEvents::of)
              .toList();
        });
  }
}
