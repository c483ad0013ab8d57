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
import java.util.List;
import org.onewindow.appcenter.domain.AccessUnit;
import org.onewindow.appcenter.domain.InterfaceGrant;
import org.onewindow.appcenter.domain.RegisteredInterface;
import org.onewindow.appcenter.repository.AppBindingRepository;
import org.onewindow.appcenter.repository.InterfaceGrantRepository;
import org.onewindow.common.DuplicateException;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.Messages;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.Roles;
import org.onewindow.common.UnitScope;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;

/**
 * Grants of an interface to another access unit (000 8.2.2 服务应用与接口绑定 between departments; issue
 * 14): the owning unit's developer — or a platform reviewer or administrator, who see every unit's
 * interfaces — lets another unit's apps bind and call one of its interfaces, and may revoke it.
 * Both audited. Another unit's interface does not exist for a developer (404), so only the owner's
 * side grants. A revoked grant stops the gateway at once on this node, within {@value
 * GatewayDirectory#TTL_MILLIS} ms on the others; the bindings it allowed stay on record, refused
 * (see {@link InterfaceGrant}).
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.APP_REVIEWER, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
public class InterfaceGrantService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @EJB private AuditService audit;

  @EJB private GatewayDirectory gateway;

  @Inject Clock clock;

  /**
   * Grants the interface to the access unit.
   *
   * @throws NotFoundException when the interface does not exist for the caller
   * @throws InvalidInputException when the unit does not exist or is the interface's own
   * @throws DuplicateException when the unit holds a standing grant already
   */
  public InterfaceGrantView grant(long interfaceId, long accessUnitId) {
    RegisteredInterface registered = visible(interfaceId);
    AccessUnit grantee = em.find(AccessUnit.class, accessUnitId);
    if (grantee == null) {
      throw InvalidInputException.keyed(
          "accessUnitId", "grant.unitUnknown", "accessUnitId", accessUnitId);
    }
    if (new InterfaceGrantRepository(em).grantedTo(accessUnitId).contains(interfaceId)) {
      throw DuplicateException.keyed(
          "accessUnitId", "grant.duplicate", "accessUnitId", grantee.getName());
    }
    Instant now = clock.instant();
    InterfaceGrant grant =
        InterfaceGrant.grant(interfaceId, registered.getUnit(), grantee, caller(), now);
    em.persist(grant);
    em.flush();
    record("INTERFACE_GRANTED", registered, grant, now);
    forgetApps(interfaceId, accessUnitId);
    return InterfaceGrantView.of(grant);
  }

  /** The interface's grants, standing and revoked, newest first. */
  public List<InterfaceGrantView> grants(long interfaceId) {
    visible(interfaceId);
    return new InterfaceGrantRepository(em)
        .ofInterface(interfaceId).stream().map(InterfaceGrantView::of).toList();
  }

  /**
   * Revokes the grant: the grantee's apps can no longer bind the interface, and the gateway refuses
   * their calls to it.
   *
   * @throws NotFoundException when the interface or the grant does not exist for the caller
   * @throws org.onewindow.common.StateConflictException when it was revoked already
   */
  public InterfaceGrantView revoke(long interfaceId, long grantId) {
    RegisteredInterface registered = visible(interfaceId);
    InterfaceGrant grant = em.find(InterfaceGrant.class, grantId);
    if (grant == null || grant.getInterfaceId() != interfaceId) {
      throw NotFoundException.keyed("grant.notFound", grantId);
    }
    Instant now = clock.instant();
    grant.revoke(caller(), now);
    record("INTERFACE_GRANT_REVOKED", registered, grant, now);
    forgetApps(interfaceId, grant.getGrantee().getId());
    return InterfaceGrantView.of(grant);
  }

  /** The grantee's apps bound to the interface are read afresh by the gateway. */
  private void forgetApps(long interfaceId, long unitId) {
    new AppBindingRepository(em)
        .appKeysOfUnitBoundTo(interfaceId, unitId)
        .forEach(gateway::forgetApp);
  }

  private void record(
      String type, RegisteredInterface registered, InterfaceGrant grant, Instant at) {
    audit.recordInCallersTransaction(
        new AuditEvent(
            at,
            "platform",
            type,
            caller(),
            "success",
            Messages.text(
                grant.active() ? "appcenter.audit.granted" : "appcenter.audit.grantRevoked",
                Messages.PLATFORM_LOCALE,
                String.valueOf(registered.getId()),
                registered.getName(),
                registered.getUnit().getName(),
                String.valueOf(grant.getId()),
                grant.getGrantee().getName())));
  }

  private RegisteredInterface visible(long interfaceId) {
    return new InterfaceRecords(em).findVisible(interfaceId, UnitScope.of(session));
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
