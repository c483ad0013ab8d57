package org.onewindow.appcenter.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.onewindow.appcenter.domain.AppBinding;
import org.onewindow.appcenter.domain.RegisteredInterface;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.appcenter.repository.AppBindingRepository;
import org.onewindow.appcenter.repository.RegisteredInterfaceRepository;
import org.onewindow.common.Roles;
import org.onewindow.common.UnitScope;
import org.onewindow.ops.audit.AuditService;

/**
 * Binding apps to interfaces (000 8.2.2, 9.3 接口绑定), one rule for the API and the console (issue 14,
 * {@link Bindings}): an interface its unit owns or has been granted, approved or online, while the
 * app may be changed.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.APP_REVIEWER, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
public class AppBindingService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @EJB private AuditService audit;

  @EJB private GatewayDirectory gateway;

  @Inject Clock clock;

  /**
   * Binds the app to an interface. Platform administrators and reviewers see every interface (as
   * everywhere, {@link UnitScope}), and are refused another unit's without a grant.
   *
   * @throws org.onewindow.common.NotFoundException when the app or the interface does not exist for
   *     the caller
   * @throws org.onewindow.common.DutySeparationException when the interface is another unit's and
   *     not granted to the app's unit (a platform-wide caller)
   * @throws org.onewindow.common.StateConflictException when the interface is not approved or
   *     online, or the app may not be changed
   * @throws org.onewindow.common.DuplicateException when the app is bound to it already
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public void bind(long appId, long interfaceId) {
    UnitScope scope = UnitScope.of(session);
    ServiceApp app = records().findVisible(appId, scope);
    RegisteredInterface target = new Bindings(em).checkBindable(app, interfaceId, scope);
    String actor = session.getCallerPrincipal().getName();
    em.persist(new AppBinding(appId, interfaceId, actor, clock.instant()));
    records()
        .record(
            clock.instant(),
            actor,
            "APP_INTERFACE_BOUND",
            app,
            "接口 #" + interfaceId + " " + target.getName());
    gateway.forgetApp(app.getAppKey());
  }

  /** The interfaces the app is bound to that the caller may see, as the console lists them. */
  public List<InterfaceView> boundInterfaces(long appId) {
    return boundVisible(appId).stream().map(InterfaceRecords::view).toList();
  }

  /**
   * The interfaces the app may be bound to now: the rule {@link #bind} enforces — its unit's own or
   * granted to it, approved or online — and not bound yet.
   */
  public List<InterfaceView> bindableInterfaces(long appId) {
    ServiceApp app = records().findVisible(appId, UnitScope.of(session));
    return new Bindings(em).bindable(app).stream().map(InterfaceRecords::view).toList();
  }

  /**
   * The interfaces the app is bound to that the caller may see (issue 14): a unit's developer sees
   * its unit's own and those granted to it, not another unit's id bound before the rule or after
   * its grant was revoked (the gateway refuses those).
   */
  public List<Long> bound(long appId) {
    return boundVisible(appId).stream().map(RegisteredInterface::getId).toList();
  }

  /**
   * The apps bound to the interface, by id: ids only, no personal data, so inspection and the
   * gateway's circuit alarms, which run without a caller, may ask.
   */
  @PermitAll
  public List<Long> appsBoundTo(long interfaceId) {
    return new AppBindingRepository(em).appIdsBoundTo(interfaceId);
  }

  /**
   * The interface's name and the apps bound to it, for the gateway's circuit alarms, which run
   * without a caller.
   *
   * @return empty when there is no such interface
   */
  @PermitAll
  public Optional<BoundApps> boundApps(long interfaceId) {
    return new RegisteredInterfaceRepository(em)
        .find(interfaceId)
        .map(
            registered ->
                new BoundApps(
                    registered.getName(), new AppBindingRepository(em).appIdsBoundTo(interfaceId)));
  }

  private List<RegisteredInterface> boundVisible(long appId) {
    UnitScope scope = UnitScope.of(session);
    ServiceApp app = records().findVisible(appId, scope);
    return new Bindings(em).boundVisible(app, scope);
  }

  private AppRecords records() {
    return new AppRecords(em, audit);
  }
}
