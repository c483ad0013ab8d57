package org.onewindow.review;

import java.time.Instant;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;

/**
 * Where the workflow reports to the audit trail ({@link #to} the platform's trail in use): every
 * kept step, in the caller's transaction; every refused attempt, in a transaction of its own so
 * that it is kept although the caller's work rolls back.
 */
public interface ReviewAudit {

  /** A kept step, recorded only if the caller's work commits. */
  void moved(String event, String actor, String detail, Instant at);

  /** A refused attempt, recorded whatever becomes of the caller's work. */
  void refused(String event, String actor, String detail, Instant at);

  /** The platform's audit trail, category {@code platform}. */
  static ReviewAudit to(AuditService trail) {
    return new ReviewAudit() {
      @Override
      public void moved(String event, String actor, String detail, Instant at) {
        trail.recordInCallersTransaction(
            new AuditEvent(at, "platform", event, actor, "success", detail));
      }

      @Override
      public void refused(String event, String actor, String detail, Instant at) {
        trail.record(new AuditEvent(at, "platform", event, actor, "failure", detail));
      }
    };
  }
}
