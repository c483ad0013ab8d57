package org.onewindow.appcenter.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.common.Messages;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.Roles;
import org.onewindow.common.UnitScope;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;

/**
 * The gateway's test mode for an app in its functional test before review (000 9.3 服务应用功能测试; issue
 * 14): only an online app calls interfaces, so a draft app's unit switches test mode on, for a few
 * hours, to try its bound interfaces — its own unit's or granted — at {@value
 * org.onewindow.appcenter.gateway.AppAccess#TEST_CALLS_PER_MINUTE} calls a minute, counted as test
 * traffic. Switching on and off is audited; the mode ends by itself at its time and when the app is
 * submitted.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
public class AppTestModeService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @EJB private AuditService audit;

  @EJB private GatewayDirectory gateway;

  @Inject Clock clock;

  /**
   * Switches test mode on for {@code hours} from now (again: from now).
   *
   * @throws NotFoundException when the app does not exist for the caller
   * @throws org.onewindow.common.StateConflictException unless the app is a draft
   * @throws org.onewindow.common.InvalidInputException for hours out of range
   */
  public AppView start(long appId, int hours) {
    ServiceApp app = find(appId);
    Instant now = clock.instant();
    app.startTestMode(hours, caller(), now);
    record(
        app,
        "APP_TEST_MODE_ON",
        Messages.text(
            "appcenter.audit.testModeOn",
            Messages.PLATFORM_LOCALE,
            String.valueOf(app.getTestModeUntil()),
            String.valueOf(hours)),
        now);
    return AppView.of(app);
  }

  /** Switches test mode off; nothing to do (and nothing audited) when it is not on. */
  public AppView stop(long appId) {
    ServiceApp app = find(appId);
    if (app.getTestModeUntil() != null) {
      Instant now = clock.instant();
      app.endTestMode();
      record(
          app,
          "APP_TEST_MODE_OFF",
          Messages.text("appcenter.audit.testModeOff", Messages.PLATFORM_LOCALE),
          now);
    }
    return AppView.of(app);
  }

  private void record(ServiceApp app, String type, String detail, Instant at) {
    audit.recordInCallersTransaction(
        new AuditEvent(
            at,
            "platform",
            type,
            caller(),
            "success",
            Messages.text(
                "appcenter.audit.app",
                Messages.PLATFORM_LOCALE,
                app.getAppKey(),
                app.getName(),
                detail)));
    gateway.forgetApp(app.getAppKey());
  }

  private ServiceApp find(long appId) {
    ServiceApp app = em.find(ServiceApp.class, appId);
    if (app == null) {
      throw NotFoundException.keyed("app.notFound", appId);
    }
    UnitScope.of(session).checkSees(app.getUnit().getName(), "app.notFound", appId);
    return app;
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
