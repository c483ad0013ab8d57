package org.onewindow.identity.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import org.onewindow.common.Roles;
import org.onewindow.identity.domain.AppClientSpec;
import org.onewindow.identity.infrastructure.AppClientRegistry;
import org.onewindow.identity.infrastructure.RealmClientsApi;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;

/**
 * The identity service for the platform (issue 4, item 5): the application centre calls it when an
 * app is onboarded, changed or taken offline (000 9.3, 9.5), and it keeps the app's realm client in
 * step through Keycloak's Admin REST API as the least-privileged service account {@code
 * onewindow-identity}. Every change is audited with the administrator who made it.
 */
@Singleton
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.APP_REVIEWER})
public class AppClientService {

  @EJB private AuditService audit;
  @Resource private SessionContext context;

  @Inject Clock clock;
  private AppClientRegistry registry;

  @PostConstruct
  void init() {
    registry =
        new AppClientRegistry(
            new RealmClientsApi(
                IdentitySettings.keycloakUrl(),
                IdentitySettings.REALM,
                IdentitySettings.IDENTITY_CLIENT,
                IdentitySettings.identityClientSecret(),
                clock));
  }

  /**
   * Creates or updates the app's client; returns what it did. Access units apply for their apps
   * themselves (000 9.3), so their developers and system accounts may call this — only through the
   * application centre's onboarding service, which owns the app's record.
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.APP_REVIEWER, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public AppClientRegistry.Outcome register(AppClientSpec spec) {
    AppClientRegistry.Outcome outcome = registry.register(spec);
    record("APP_CLIENT_" + outcome, spec.appId(), "origin=" + spec.origin());
    return outcome;
  }

  /**
   * Gives the app's client its re-issued keys (000 9.3; 003 6.3.2.3), keeping whether it is
   * switched on; the same callers as {@link #register}. The audit line names no key.
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public void replaceKeys(AppClientSpec spec) {
    if (registry.replaceKeys(spec)) {
      record("APP_CLIENT_KEYS_REPLACED", spec.appId(), "");
    }
  }

  /** Switches the app's client off (000 9.5, offline). */
  public void disable(String appId) {
    registry.disable(appId);
    record("APP_CLIENT_DISABLED", appId, "");
  }

  private void record(String type, String appId, String detail) {
    audit.record(
        AuditEvent.platformSuccess(
            clock.instant(),
            type,
            context.getCallerPrincipal().getName(),
            ("app=" + appId + " " + detail).strip()));
  }
}
