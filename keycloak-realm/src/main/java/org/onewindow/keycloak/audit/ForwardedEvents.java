package org.onewindow.keycloak.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.AuthDetails;
import org.onewindow.crypto.mask.Masking;
import org.onewindow.crypto.mask.TextMasker;

/**
 * Turns Keycloak's events into {@link ForwardedEvent}s, masking on the way (003 6.3.2.1 d): the
 * user name becomes 张* / c******* (it may be a real name or a mobile number, and after a failed
 * login it may even be a password typed into the wrong field); the remaining free texts go through
 * {@link TextMasker}. An administrator's change never carries its representation.
 */
final class ForwardedEvents {

  /** The details worth keeping; others (redirect URIs, code ids, token ids) only add noise. */
  private static final Set<String> KEPT_DETAILS =
      Set.of(
          Details.AUTH_METHOD,
          Details.AUTH_TYPE,
          Details.IDENTITY_PROVIDER,
          Details.REASON,
          Details.CREDENTIAL_TYPE,
          "acr");

  private ForwardedEvents() {}

  static ForwardedEvent of(Event event) {
    Map<String, String> detail = new HashMap<>();
    put(detail, "client", event.getClientId());
    put(detail, "ip", event.getIpAddress());
    put(detail, "session", event.getSessionId());
    put(detail, "error", event.getError());
    if (event.getDetails() != null) {
      event
          .getDetails()
          .forEach(
              (key, value) -> {
                if (Details.USERNAME.equals(key)) {
                  put(detail, "username", Masking.name(value));
                } else if (KEPT_DETAILS.contains(key)) {
                  put(detail, key, TextMasker.mask(value));
                }
              });
    }
    return new ForwardedEvent(
        event.getId(),
        ForwardedEvent.USER,
        event.getTime(),
        event.getType().name(),
        event.getUserId(),
        event.getError() == null ? "success" : "failure",
        detail);
  }

  static ForwardedEvent of(AdminEvent event) {
    Map<String, String> detail = new HashMap<>();
    AuthDetails auth = event.getAuthDetails();
    if (auth != null) {
      put(detail, "client", auth.getClientId());
      put(detail, "ip", auth.getIpAddress());
    }
    put(detail, "resource", TextMasker.mask(event.getResourcePath()));
    put(detail, "error", event.getError());
    return new ForwardedEvent(
        event.getId(),
        ForwardedEvent.ADMIN,
        event.getTime(),
        "ADMIN_"
            + event.getOperationType().name()
            + "_"
            + typeName(event.getResourceTypeAsString()),
        auth == null ? "" : auth.getUserId(),
        event.getError() == null ? "success" : "failure",
        detail);
  }

  /** A resource type as the platform's type names go: upper case, digits, underscores. */
  static String typeName(String resourceType) {
    return resourceType == null
        ? "UNKNOWN"
        : resourceType.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
  }

  private static void put(Map<String, String> detail, String key, String value) {
    if (value != null && !value.isBlank()) {
      detail.put(key, value);
    }
  }
}
