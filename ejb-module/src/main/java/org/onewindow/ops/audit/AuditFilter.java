package org.onewindow.ops.audit;

import java.io.Serializable;

/**
 * What the audit trail's page is narrowed to; each part optional (null or blank: any).
 *
 * @param source {@code keycloak} or {@code platform}
 * @param text a part of the event type, the actor or the detail (any case)
 */
public record AuditFilter(String source, String text) implements Serializable {

  /** Every record. */
  public static AuditFilter any() {
    return new AuditFilter(null, null);
  }

  /** The source, or null when every source is wanted. */
  String sourceOrAll() {
    return source == null || source.isBlank() ? null : source.strip();
  }
}
