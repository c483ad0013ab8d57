package org.onewindow.ops.audit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.util.Objects;
import org.onewindow.crypto.mask.TextMasker;

/**
 * One thing that happened, as the audit trail keeps it. Every text is masked on the way in (003
 * 6.3.2.1 d: no personal data in clear in any log), so no caller can forget to.
 *
 * @param occurredAt when it happened
 * @param source who reports it: {@code keycloak}, {@code platform}
 * @param type what happened, e.g. {@code LOGIN}, {@code LOGIN_ERROR}, {@code LOGOUT_TOKEN_REJECTED}
 * @param actor who did it (a user name or id), or empty
 * @param outcome {@code success} or {@code failure}
 * @param detail what else is worth keeping, masked
 */
public record AuditEvent(
    Instant occurredAt, String source, String type, String actor, String outcome, String detail) {

  static final int MAX_TEXT = 200;
  static final int MAX_DETAIL = 2000;

  public AuditEvent {
    Objects.requireNonNull(occurredAt, "occurredAt");
    source = clean(source, MAX_TEXT);
    type = clean(type, MAX_TEXT);
    actor = clean(actor, MAX_TEXT);
    outcome = clean(outcome, MAX_TEXT);
    detail = clean(detail, MAX_DETAIL);
  }

  /** A failure the platform itself observed. */
  /** A change {@code actor} made through the platform's services, done. */
  public static AuditEvent platformSuccess(Instant at, String type, String actor, String detail) {
    return new AuditEvent(at, "platform", type, actor, "success", detail);
  }

  public static AuditEvent platformFailure(Instant at, String type, String detail) {
    return new AuditEvent(at, "platform", type, "", "failure", detail);
  }

  private static String clean(String text, int max) {
    String masked = TextMasker.mask(text == null ? "" : text.strip());
    return masked.length() <= max ? masked : masked.substring(0, max);
  }

  /** The form the event travels in over JMS. */
  public String toJson() {
    return Json.createObjectBuilder()
        .add("occurredAt", occurredAt.toEpochMilli())
        .add("source", source)
        .add("type", type)
        .add("actor", actor)
        .add("outcome", outcome)
        .add("detail", detail)
        .build()
        .toString();
  }

  /** Reads what {@link #toJson()} wrote. */
  public static AuditEvent fromJson(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      return new AuditEvent(
          Instant.ofEpochMilli(object.getJsonNumber("occurredAt").longValueExact()),
          object.getString("source", ""),
          object.getString("type", ""),
          object.getString("actor", ""),
          object.getString("outcome", ""),
          object.getString("detail", ""));
    }
  }
}
