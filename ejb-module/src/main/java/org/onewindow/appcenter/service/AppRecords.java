package org.onewindow.appcenter.service;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.common.Messages;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.UnitScope;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;

/**
 * What the app services share inside one transaction: finding an app the caller may see and the
 * audit record of a change. Not an EJB: it runs in its caller's transaction.
 */
final class AppRecords {

  private final EntityManager em;
  private final AuditService audit;

  AppRecords(EntityManager em, AuditService audit) {
    this.em = em;
    this.audit = audit;
  }

  /**
   * The app of that id if the caller's unit may see it (issue 5 item 7): another unit's app does
   * not exist for the caller.
   *
   * @throws NotFoundException when there is none, or it is another unit's
   */
  ServiceApp findVisible(long appId, UnitScope scope) {
    return findVisible(em, scope, appId);
  }

  /**
   * The app of that id if the caller's unit may see it, for services that hold no {@code
   * AppRecords} (the review and publication services).
   *
   * @throws NotFoundException when there is none, or it is another unit's
   */
  static ServiceApp findVisible(EntityManager em, UnitScope scope, long appId) {
    ServiceApp app = em.find(ServiceApp.class, appId);
    if (app == null) {
      throw NotFoundException.keyed("appcenter.app.notFound", String.valueOf(appId));
    }
    if (!scope.allows(app.getUnit().getName())) {
      throw NotFoundException.keyed("appcenter.app.notFound", String.valueOf(appId));
    }
    return app;
  }

  /** Records a change to the app in the caller's transaction. */
  void record(Instant at, String actor, String type, ServiceApp app, String detail) {
    audit.recordInCallersTransaction(event(at, actor, type, app, detail));
  }

  static AuditEvent event(Instant at, String actor, String type, ServiceApp app, String detail) {
    return new AuditEvent(
        at,
        "platform",
        type,
        actor,
        "success",
        Messages.text(
            "appcenter.audit.app",
            Messages.PLATFORM_LOCALE,
            app.getAppKey(),
            app.getName(),
            detail));
  }
}
