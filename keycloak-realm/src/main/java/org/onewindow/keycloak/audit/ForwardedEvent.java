package org.onewindow.keycloak.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One realm event as it travels to the platform's audit trail, already masked.
 *
 * @param id Keycloak's event id: the platform keeps each id once
 * @param kind {@code user} (logins, logouts, their failures) or {@code admin} (administrators'
 *     changes): two streams with a watermark each
 * @param time when it happened, epoch milliseconds
 * @param type e.g. {@code LOGIN}, {@code LOGIN_ERROR}, {@code LOGOUT}, {@code ADMIN_UPDATE_USER}
 * @param actor the id of the user who acted (a UUID, no personal data), or empty
 * @param outcome {@code success} or {@code failure}
 * @param detail client, address, error and the masked user name, in a stable order
 */
record ForwardedEvent(
    String id,
    String kind,
    long time,
    String type,
    String actor,
    String outcome,
    Map<String, String> detail) {

  static final String USER = "user";
  static final String ADMIN = "admin";

  ForwardedEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    actor = actor == null ? "" : actor;
    detail = Map.copyOf(detail);
  }

  /** The JSON object the platform reads (its {@code IdentityEvent}). */
  Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", id);
    json.put("kind", kind);
    json.put("time", time);
    json.put("type", type);
    json.put("actor", actor);
    json.put("outcome", outcome);
    json.put("detail", new java.util.TreeMap<>(detail));
    return json;
  }
}
