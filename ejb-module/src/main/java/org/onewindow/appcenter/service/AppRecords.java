package org.onewindow.appcenter.service;

import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Instant;
import org.onewindow.appcenter.domain.ReviewTransition;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.UnitScope;
import org.onewindow.identity.domain.AppClientSpec;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;

/**
 * What the app services share inside one transaction: finding an app the caller may see, keeping a
 * history line with its audit record, the audit record of a change, and the realm client an app
 * needs. Not an EJB: it runs in its caller's transaction.
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
    ServiceApp app = em.find(ServiceApp.class, appId);
    if (app == null) {
      throw new NotFoundException("应用不存在：" + appId);
    }
    scope.checkSees(app.getUnit().getName(), "应用不存在：" + appId);
    return app;
  }

  /** Keeps a history line and its audit record, both in the caller's transaction. */
  void keep(ServiceApp app, ReviewTransition transition, String actor, Instant at) {
    em.persist(transition);
    audit.recordInCallersTransaction(
        event(
            at,
            actor,
            "APP_" + transition.getAction().name(),
            app,
            "第"
                + transition.getRevision()
                + "版："
                + (transition.getFrom() == null ? "—" : transition.getFrom().name())
                + " → "
                + transition.getTo().name()
                + (transition.getReason().isEmpty() ? "" : "；原因：" + transition.getReason())));
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
        "应用 " + app.getAppKey() + " " + app.getName() + "：" + detail);
  }

  /**
   * The realm client the app needs (002 6.4): its key, name, page and keys.
   *
   * @throws InvalidInputException when the page address is no URI at all
   */
  static AppClientSpec clientSpec(ServiceApp app) {
    URI page;
    try {
      page = URI.create(app.getPageUrl() == null ? "" : app.getPageUrl().strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("pageUrl", "应用地址须为不带查询和片段的 http(s) 地址");
    }
    return new AppClientSpec(
        app.getAppKey(), app.getName(), page, app.getSm2PublicKeyPem(), app.getSm4KeyRef());
  }
}
