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
import org.onewindow.common.Roles;
import org.onewindow.common.UnitScope;
import org.onewindow.ops.audit.AuditService;
import org.onewindow.review.ReviewAction;
import org.onewindow.review.ReviewCaller;
import org.onewindow.review.ReviewWorkflow;

/**
 * An interface's review (000 9.4.1) on the one review workflow ({@link ReviewWorkflow}, rules of
 * the kind in {@link InterfaceReviewKind}): the access unit submits, a platform reviewer approves
 * or rejects with reasons and puts approved interfaces online or takes them offline. Every move is
 * kept in the interface's history and the audit trail; a reviewer never decides on a revision it
 * wrote or submitted itself, and such an attempt is audited ({@code
 * INTERFACE_SELF_REVIEW_REFUSED}).
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.APP_REVIEWER, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
public class InterfaceReviewService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @EJB private AuditService audit;

  @Inject private InterfaceReviewKind kind;

  private final Clock clock = Clock.systemUTC();

  /**
   * Performs one review action in the caller's name.
   *
   * @throws jakarta.ejb.EJBAccessException when the caller's role may not take this action
   * @throws org.onewindow.common.StateConflictException when the state does not allow it
   * @throws org.onewindow.common.DutySeparationException when the caller would decide on its own
   *     work
   * @throws org.onewindow.common.InvalidInputException when a needed reason is missing
   */
  public InterfaceView perform(long id, ReviewAction action, String reason) {
    InterfaceRecords records = new InterfaceRecords(em);
    return InterfaceRecords.view(
        ReviewWorkflow.of(em, audit, clock)
            .perform(
                kind,
                () -> records.findVisible(id, UnitScope.of(session)),
                action,
                reason,
                ReviewCaller.of(session)));
  }
}
