package org.onewindow.keycloak.events;

import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * On an administrator's update of a user that leaves the user disabled, logs out each of the user's
 * sessions with Keycloak's back-channel logout, so every client (and through the platform's
 * revocation list, every node) ends its session too.
 *
 * <p>Runs inside the administrator's request, after the update and before its commit: the logout
 * tokens go out at once. Should the update then roll back, the user has been logged out for nothing
 * — the safe side.
 */
final class DisabledUserLogout implements EventListenerProvider {

  private static final Logger LOG = Logger.getLogger(DisabledUserLogout.class);

  private final KeycloakSession session;

  DisabledUserLogout(KeycloakSession session) {
    this.session = session;
  }

  @Override
  public void onEvent(Event event) {
    // User events (logins, failures) never disable anyone.
  }

  @Override
  public void onEvent(AdminEvent event, boolean includeRepresentation) {
    if (event.getResourceType() != ResourceType.USER
        || event.getOperationType() != OperationType.UPDATE) {
      return;
    }
    userId(event.getResourcePath())
        .ifPresent(userId -> logOutIfDisabled(event.getRealmId(), userId));
  }

  /** The user of a resource path {@code users/{id}}; none for deeper paths (its groups, say). */
  static Optional<String> userId(String resourcePath) {
    if (resourcePath == null) {
      return Optional.empty();
    }
    String[] parts = resourcePath.split("/");
    return parts.length == 2 && parts[0].equals("users") && !parts[1].isBlank()
        ? Optional.of(parts[1])
        : Optional.empty();
  }

  private void logOutIfDisabled(String realmId, String userId) {
    RealmModel realm = session.realms().getRealm(realmId);
    UserModel user = realm == null ? null : session.users().getUserById(realm, userId);
    if (user == null || user.isEnabled()) {
      return;
    }
    List<UserSessionModel> sessions =
        session.sessions().getUserSessionsStream(realm, user).toList();
    for (UserSessionModel userSession : sessions) {
      AuthenticationManager.backchannelLogout(
          session,
          realm,
          userSession,
          session.getContext().getUri(),
          session.getContext().getConnection(),
          session.getContext().getRequestHeaders(),
          true);
    }
    if (!sessions.isEmpty()) {
      LOG.infof("user %s disabled: %d session(s) logged out", userId, sessions.size());
    }
  }

  @Override
  public void close() {}
}
