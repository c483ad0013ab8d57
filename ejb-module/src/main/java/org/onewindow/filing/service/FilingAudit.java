package org.onewindow.filing.service;

import java.time.Clock;
import org.onewindow.common.Messages;
import org.onewindow.filing.domain.Filing;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;

/** Audit records of filing steps outside the review workflow (which audits its own moves). */
final class FilingAudit {

  private FilingAudit() {}

  static void record(
      AuditService audit, Clock clock, String type, String actor, Filing filing, String detail) {
    audit.recordInCallersTransaction(
        new AuditEvent(
            clock.instant(),
            "platform",
            type,
            actor,
            "success",
            Messages.text(
                "filing.audit.line",
                Messages.PLATFORM_LOCALE,
                String.valueOf(filing.getId()),
                filing.getAppName(),
                detail)));
  }
}
