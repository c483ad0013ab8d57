package org.onewindow.matter.service;

import java.time.Clock;
import org.onewindow.common.Messages;
import org.onewindow.matter.domain.MatterVersion;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;

/**
 * Audit records of matter changes outside the review workflow (which audits its own moves): who,
 * what and which version — the version before stays readable, so before and after are both kept.
 */
final class MatterAudit {

  private MatterAudit() {}

  static void record(
      AuditService audit,
      Clock clock,
      String type,
      String actor,
      MatterVersion version,
      String detailKey,
      Object... arguments) {
    audit.recordInCallersTransaction(
        new AuditEvent(
            clock.instant(),
            "platform",
            type,
            actor,
            "success",
            Messages.text(
                "matter.audit.line",
                Messages.PLATFORM_LOCALE,
                version.getImplementationCode(),
                String.valueOf(version.getVersionNumber()),
                version.getName(),
                Messages.text(detailKey, Messages.PLATFORM_LOCALE, arguments))));
  }
}
