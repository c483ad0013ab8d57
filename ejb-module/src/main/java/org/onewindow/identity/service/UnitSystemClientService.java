package org.onewindow.identity.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.onewindow.common.Roles;
import org.onewindow.identity.domain.UnitSystemClient;
import org.onewindow.identity.domain.UnitSystemClientSecret;
import org.onewindow.identity.infrastructure.RealmClientsApi;
import org.onewindow.identity.infrastructure.UnitSystemClientRegistry;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;

/**
 * Access units' system clients in the realm (issue 16 item 4), through the identity service's
 * least-privileged account {@code onewindow-identity}. Platform administrators only, the role that
 * manages access units; the application centre's {@code AccessUnitSystemClientService} checks the
 * unit first and calls this. Every change is audited with the administrator's name and the client
 * id, never the secret.
 */
@Singleton
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class UnitSystemClientService {

  @EJB private AuditService audit;
  @Resource private SessionContext context;

  @Inject Clock clock;
  private UnitSystemClientRegistry registry;

  @PostConstruct
  void init() {
    registry =
        new UnitSystemClientRegistry(
            new RealmClientsApi(
                IdentitySettings.keycloakUrl(),
                IdentitySettings.REALM,
                IdentitySettings.IDENTITY_CLIENT,
                IdentitySettings.identityClientSecret(),
                clock));
  }

  /** A new system client of the unit and its secret, shown this once. */
  public UnitSystemClientSecret create(long unitId, String unitName) {
    UnitSystemClientRegistry.Made made = registry.create(unitId, unitName);
    record("UNIT_SYSTEM_CLIENT_CREATED", unitId, made.client().clientId());
    return secret(made.client().clientId(), unitId, made.secret());
  }

  /** The unit's system clients, without secrets. */
  public List<UnitSystemClient> list(long unitId, String unitName) {
    return registry.list(unitId, unitName);
  }

  /** A new secret for the unit's client, shown this once; the old one stops working. */
  public UnitSystemClientSecret rotate(long unitId, String unitName, String clientId) {
    String secret = registry.rotate(unitId, unitName, clientId);
    record("UNIT_SYSTEM_CLIENT_ROTATED", unitId, clientId);
    return secret(clientId, unitId, secret);
  }

  /** Switches the unit's client on or off. */
  public UnitSystemClient setEnabled(
      long unitId, String unitName, String clientId, boolean enabled) {
    UnitSystemClient changed = registry.setEnabled(unitId, unitName, clientId, enabled);
    record(
        enabled ? "UNIT_SYSTEM_CLIENT_ENABLED" : "UNIT_SYSTEM_CLIENT_DISABLED", unitId, clientId);
    return changed;
  }

  private static UnitSystemClientSecret secret(String clientId, long unitId, String secret) {
    return new UnitSystemClientSecret(
        clientId, unitId, secret, IdentitySettings.issuer() + "/protocol/openid-connect/token");
  }

  private void record(String type, long unitId, String clientId) {
    audit.record(
        AuditEvent.platformSuccess(
            clock.instant(),
            type,
            context.getCallerPrincipal().getName(),
            "unit=" + unitId + " client=" + clientId));
  }
}
