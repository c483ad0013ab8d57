package org.onewindow.appcenter.service;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.onewindow.appcenter.domain.InterfaceGrant;
import org.onewindow.appcenter.domain.RegisteredInterface;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.appcenter.repository.AppBindingRepository;
import org.onewindow.appcenter.repository.InterfaceGrantRepository;
import org.onewindow.appcenter.repository.RegisteredInterfaceRepository;
import org.onewindow.common.DuplicateException;
import org.onewindow.common.DutySeparationException;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.StateConflictException;
import org.onewindow.common.UnitScope;
import org.onewindow.review.ReviewStatus;

/**
 * Which interfaces an app may bind (000 8.2.2; issue 14), one rule for binding, the list of
 * candidates and the list of bound ones: an interface its unit owns or holds a standing grant for,
 * approved or online. An interface the caller may not see does not exist for it. Not an EJB: it
 * runs in its caller's transaction, so the rule is tested on the repositories without a server.
 */
final class Bindings {

  /** An app binds only interfaces the platform approved (000 8.2.2, 9.4.1). */
  static final List<ReviewStatus> BINDABLE = List.of(ReviewStatus.APPROVED, ReviewStatus.ONLINE);

  private final RegisteredInterfaceRepository interfaces;
  private final AppBindingRepository bindings;
  private final InterfaceGrantRepository grants;

  Bindings(EntityManager em) {
    this.interfaces = new RegisteredInterfaceRepository(em);
    this.bindings = new AppBindingRepository(em);
    this.grants = new InterfaceGrantRepository(em);
  }

  /**
   * The interface {@code app} may be bound to now, checked in the order the caller is told.
   *
   * @throws NotFoundException when the interface does not exist for the caller: for a unit's
   *     developer, another unit's interface that is not granted to its unit
   * @throws DutySeparationException when the interface is another unit's and not granted to the
   *     app's unit (a platform-wide caller)
   * @throws StateConflictException when the app may not be changed, or the interface is not
   *     approved or online
   * @throws DuplicateException when the app is bound to it already
   */
  RegisteredInterface checkBindable(ServiceApp app, long interfaceId, UnitScope scope) {
    RegisteredInterface target = interfaces.find(interfaceId).orElse(null);
    Set<Long> granted = grants.grantedTo(app.getUnit().getId());
    if (target == null || !visible(target, scope, granted)) {
      throw NotFoundException.keyed("appcenter.interface.notFound", String.valueOf(interfaceId));
    }
    if (!usable(target, app, granted)) {
      throw DutySeparationException.keyed("binding.needsGrant");
    }
    app.checkEditable();
    ReviewStatus status = target.getStatus();
    if (!BINDABLE.contains(status)) {
      throw StateConflictException.keyed("appcenter.binding.notBindable", status);
    }
    if (bindings.interfaceIdsOf(app.getId()).contains(interfaceId)) {
      throw DuplicateException.keyed("interfaceId", "appcenter.binding.duplicate");
    }
    return target;
  }

  /** The interfaces {@code app} may be bound to now and is not bound to yet, by id. */
  List<RegisteredInterface> bindable(ServiceApp app) {
    List<Long> bound = bindings.interfaceIdsOf(app.getId());
    Set<Long> granted = grants.grantedTo(app.getUnit().getId());
    return interfaces.inStatus(BINDABLE).stream()
        .filter(i -> !bound.contains(i.getId()) && usable(i, app, granted))
        .toList();
  }

  /**
   * The interfaces {@code app} is bound to that the caller may see, by id: a unit's developer sees
   * its unit's own and those granted to it, not another unit's bound before the rule or after its
   * grant was revoked (the gateway refuses those).
   */
  List<RegisteredInterface> boundVisible(ServiceApp app, UnitScope scope) {
    List<Long> ids = bindings.interfaceIdsOf(app.getId());
    if (ids.isEmpty()) {
      return List.of();
    }
    Set<Long> granted = grants.grantedTo(app.getUnit().getId());
    return interfaces.byIds(ids).stream().filter(i -> visible(i, scope, granted)).toList();
  }

  /**
   * Whether the caller may see the interface for binding: as {@link UnitScope} allows, or granted
   * to the app's unit — for a unit's developer, its own unit (the app is its unit's).
   */
  private static boolean visible(
      RegisteredInterface target, UnitScope scope, Set<Long> grantedToAppUnit) {
    return scope.allows(target.getUnit().getName()) || grantedToAppUnit.contains(target.getId());
  }

  private static boolean usable(
      RegisteredInterface target, ServiceApp app, Set<Long> grantedToAppUnit) {
    return InterfaceGrant.usable(
        target.getId(), target.getUnit().getId(), app.getUnit().getId(), grantedToAppUnit);
  }
}
