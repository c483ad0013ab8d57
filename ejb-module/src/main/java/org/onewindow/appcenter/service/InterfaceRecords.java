package org.onewindow.appcenter.service;

import jakarta.persistence.EntityManager;
import org.onewindow.appcenter.domain.RegisteredInterface;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.UnitScope;
import org.onewindow.region.Divisions;

/**
 * What the interface services share inside one transaction: finding an interface as the caller may
 * see it. Not an EJB: it runs in its caller's transaction.
 */
final class InterfaceRecords {

  private final EntityManager em;

  InterfaceRecords(EntityManager em) {
    this.em = em;
  }

  /**
   * The interface of that id.
   *
   * @throws NotFoundException when there is none
   */
  RegisteredInterface find(long id) {
    RegisteredInterface registered = em.find(RegisteredInterface.class, id);
    if (registered == null) {
      throw NotFoundException.keyed("appcenter.interface.notFound", String.valueOf(id));
    }
    return registered;
  }

  /**
   * The interface of that id if the caller's unit may see it (issue 5 item 7).
   *
   * @throws NotFoundException when there is none, or it is another unit's
   */
  RegisteredInterface findVisible(long id, UnitScope scope) {
    RegisteredInterface registered = find(id);
    if (!scope.allows(registered.getUnit().getName())) {
      throw NotFoundException.keyed("appcenter.interface.notFound", String.valueOf(id));
    }
    return registered;
  }

  /** The view the console and the API get. */
  static InterfaceView view(RegisteredInterface registered) {
    String divisionName =
        Divisions.table().nameOf(registered.definition().divisionCode()).orElse("");
    return InterfaceView.of(registered, divisionName);
  }
}
