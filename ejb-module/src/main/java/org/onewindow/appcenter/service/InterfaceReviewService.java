package org.onewindow.appcenter.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.onewindow.appcenter.domain.RegisteredInterface;
import org.onewindow.appcenter.domain.ReviewAction;
import org.onewindow.appcenter.domain.ReviewTransition;
import org.onewindow.common.DutySeparationException;
import org.onewindow.common.Roles;
import org.onewindow.common.UnitScope;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;

/**
 * An interface's review (000 9.4.1): the access unit submits, a platform reviewer approves or
 * rejects with reasons and puts approved interfaces online or takes them offline. Every move is
 * kept in the interface's history and the audit trail; a reviewer never decides on a revision it
 * wrote or submitted itself.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.APP_REVIEWER, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
public class InterfaceReviewService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @EJB private AuditService audit;

  @EJB private GatewayDirectory gateway;

  private final Clock clock = Clock.systemUTC();

  /**
   * Performs one review action in the caller's name.
   *
   * @throws EJBAccessException when the caller's role may not take this action
   * @throws org.onewindow.common.StateConflictException when the state does not allow it
   * @throws DutySeparationException when the caller would decide on its own work
   * @throws org.onewindow.common.InvalidInputException when a needed reason is missing
   */
  public InterfaceView perform(long id, ReviewAction action, String reason) {
    if (!mayPerform(action)) {
      throw new EJBAccessException("role may not " + action);
    }
    InterfaceRecords records = new InterfaceRecords(em, audit);
    RegisteredInterface registered = records.findVisible(id, UnitScope.of(session));
    String actor = session.getCallerPrincipal().getName();
    ReviewTransition transition;
    try {
      transition = registered.perform(action, actor, reason, clock.instant());
    } catch (DutySeparationException e) {
      // Kept although the caller's transaction rolls back: a refused self-review is worth seeing.
      audit.record(
          new AuditEvent(
              clock.instant(),
              "platform",
              "INTERFACE_SELF_REVIEW_REFUSED",
              actor,
              "failure",
              "接口 #" + id + " " + registered.getName() + "：" + action.name()));
      throw e;
    }
    em.flush();
    records.keep(registered, transition);
    gateway.forgetInterface(id);
    return InterfaceRecords.view(registered);
  }

  /** Submitting is the access unit's; deciding and publishing are the platform's reviewers'. */
  private boolean mayPerform(ReviewAction action) {
    if (session.isCallerInRole(Roles.PLATFORM_ADMIN)) {
      return true;
    }
    if (action == ReviewAction.SUBMIT) {
      return session.isCallerInRole(Roles.UNIT_DEVELOPER)
          || session.isCallerInRole(Roles.API_CLIENT);
    }
    return session.isCallerInRole(Roles.APP_REVIEWER);
  }
}
