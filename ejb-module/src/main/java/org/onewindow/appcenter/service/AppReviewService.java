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
import java.util.List;
import org.onewindow.appcenter.domain.AppCenterKinds;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.common.Roles;
import org.onewindow.common.UnitScope;
import org.onewindow.ops.audit.AuditService;
import org.onewindow.review.ReviewAction;
import org.onewindow.review.ReviewCaller;
import org.onewindow.review.ReviewTransitionView;
import org.onewindow.review.ReviewWorkflow;

/**
 * An app's review (000 9.3, 9.5) on the one review workflow ({@link ReviewWorkflow}, rules of the
 * kind in {@link AppReviewKind}): the access unit submits; a platform reviewer approves or rejects
 * with reasons, puts the approved app online (once it has halls: {@link AppPublicationService}) and
 * takes it offline; the unit rectifies it into a new revision and submits it again. A reviewer
 * never decides on a revision it wrote or submitted; such an attempt is audited.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.APP_REVIEWER, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
public class AppReviewService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @EJB private AuditService audit;

  @Inject private AppReviewKind kind;

  private final Clock clock = Clock.systemUTC();

  /**
   * Moves the app on in its review in the caller's name. Taking it offline switches its realm
   * client off (000 9.5); putting it online again switches it on — only once it has halls to be
   * published in (a rectified app keeps its halls).
   *
   * @throws jakarta.ejb.EJBAccessException when the caller's role may not take this action
   * @throws org.onewindow.common.NotFoundException when the caller may not see the app
   * @throws org.onewindow.common.StateConflictException when a precondition or the state refuses
   * @throws org.onewindow.common.DutySeparationException when the caller would decide on its own
   *     submission
   * @throws org.onewindow.common.InvalidInputException when a needed reason is missing
   */
  public AppView perform(long appId, ReviewAction action, String reason) {
    return AppView.of(workflow().perform(kind, () -> find(appId), action, reason, caller()));
  }

  /**
   * Starts the app's rectification after a rejection or going offline (000 9.5): a new revision,
   * back to draft, to be changed and submitted for review again.
   *
   * @throws org.onewindow.common.StateConflictException while submitted, approved or online
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public AppView rectify(long appId) {
    return AppView.of(workflow().revise(kind, () -> find(appId), ServiceApp::revise, caller()));
  }

  /** The app's review history, oldest first. */
  public List<ReviewTransitionView> history(long appId) {
    find(appId);
    return workflow().history(AppCenterKinds.APP, appId);
  }

  private ServiceApp find(long appId) {
    return AppRecords.findVisible(em, UnitScope.of(session), appId);
  }

  private ReviewWorkflow workflow() {
    return ReviewWorkflow.of(em, audit, clock);
  }

  private ReviewCaller caller() {
    return ReviewCaller.of(session);
  }
}
