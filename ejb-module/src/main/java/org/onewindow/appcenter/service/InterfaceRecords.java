package org.onewindow.appcenter.service;

import jakarta.persistence.EntityManager;
import org.onewindow.appcenter.domain.RegisteredInterface;
import org.onewindow.appcenter.domain.ReviewTransition;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.UnitScope;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;
import org.onewindow.region.Divisions;

/**
 * What the interface services share inside one transaction: finding an interface and keeping a
 * history line together with its audit record. Not an EJB: it runs in its caller's transaction.
 */
final class InterfaceRecords {

  private final EntityManager em;
  private final AuditService audit;

  InterfaceRecords(EntityManager em, AuditService audit) {
    this.em = em;
    this.audit = audit;
  }

  /**
   * The interface of that id.
   *
   * @throws NotFoundException when there is none
   */
  RegisteredInterface find(long id) {
    RegisteredInterface registered = em.find(RegisteredInterface.class, id);
    if (registered == null) {
      throw new NotFoundException("接口不存在：" + id);
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
    scope.checkSees(registered.getUnit().getName(), "接口不存在：" + id);
    return registered;
  }

  /** Keeps a history line and its audit record, both in the caller's transaction. */
  void keep(RegisteredInterface registered, ReviewTransition transition) {
    em.persist(transition);
    audit.recordInCallersTransaction(
        new AuditEvent(
            transition.getAt(),
            "platform",
            "INTERFACE_" + transition.getAction().name(),
            transition.getActor(),
            "success",
            "接口 #"
                + registered.getId()
                + " "
                + registered.getName()
                + " 第"
                + transition.getRevision()
                + "版："
                + (transition.getFrom() == null ? "—" : transition.getFrom().name())
                + " → "
                + transition.getTo().name()
                + (transition.getReason().isEmpty() ? "" : "；原因：" + transition.getReason())));
  }

  /** The view the console and the API get. */
  static InterfaceView view(RegisteredInterface registered) {
    String divisionName =
        Divisions.table().nameOf(registered.definition().divisionCode()).orElse("");
    return InterfaceView.of(registered, divisionName);
  }
}
