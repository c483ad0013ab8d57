package org.onewindow.identity.domain;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.onewindow.ops.audit.AuditEvent;

/**
 * A realm event forwarded by Keycloak's {@code onewindow-audit} listener: a login, a failed login,
 * a logout, an administrator's change. Keycloak masks personal data before sending; {@link
 * AuditEvent} masks again on the way into the trail.
 *
 * @param id Keycloak's event id, kept once
 * @param kind {@value #USER} or {@value #ADMIN}
 * @param time when it happened
 * @param type e.g. {@code LOGIN_ERROR}, {@code ADMIN_UPDATE_USER}
 * @param actor the id of the user who acted, or empty
 * @param outcome {@code success} or {@code failure}
 * @param detail client, address, error, masked user name
 */
public record IdentityEvent(
    String id,
    String kind,
    Instant time,
    String type,
    String actor,
    String outcome,
    Map<String, String> detail) {

  public static final String USER = "user";
  public static final String ADMIN = "admin";

  public IdentityEvent {
    detail = Map.copyOf(detail);
  }

  /** The audit trail's form: source {@code keycloak}, the event id first in the detail. */
  public AuditEvent toAuditEvent() {
    StringBuilder text = new StringBuilder("id=").append(id);
    new TreeMap<>(detail)
        .forEach((key, value) -> text.append(' ').append(key).append('=').append(value));
    return new AuditEvent(time, "keycloak", type, actor, outcome, text.toString());
  }
}
