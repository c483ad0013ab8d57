package org.onewindow.appcenter.service;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import org.onewindow.appcenter.domain.AppCenterKinds;
import org.onewindow.appcenter.domain.NoteKind;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.common.Messages;
import org.onewindow.common.Roles;
import org.onewindow.common.StateConflictException;
import org.onewindow.identity.service.AppClientService;
import org.onewindow.review.ReviewAction;
import org.onewindow.review.ReviewTransition;
import org.onewindow.review.ReviewedKind;
import org.onewindow.review.SubjectKind;

/**
 * Apps as the review workflow sees them (000 9.3, 9.5): the access unit's developers and system
 * accounts apply, rectify and submit; the application reviewers decide, publish and take offline.
 * An app goes to review only with a functional test record of its current revision (000 9.3, 图3:
 * 应用上传与调试 before 审核), and online only once it has halls to be shown in (000 8.2.3 b). Taking it
 * offline switches its realm client off; putting it online registers it again; every step drops the
 * gateway's cached view of it.
 */
@ApplicationScoped
public class AppReviewKind implements ReviewedKind<ServiceApp> {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @EJB private AppClientService clients;

  @EJB private GatewayDirectory gateway;

  @EJB private AppCatalogueService apps;

  @Override
  public SubjectKind kind() {
    return AppCenterKinds.APP;
  }

  @Override
  public Class<ServiceApp> subjectClass() {
    return ServiceApp.class;
  }

  @Override
  public Set<String> deciderRoles() {
    return Set.of(Roles.APP_REVIEWER);
  }

  @Override
  public String describe(ServiceApp app) {
    return Messages.text(
        "appcenter.audit.appNamed", Messages.PLATFORM_LOCALE, app.getAppKey(), app.getName());
  }

  /**
   * @throws StateConflictException when submitted without a functional test record of this
   *     revision, or put online without halls
   */
  @Override
  public void checkBefore(ServiceApp app, ReviewAction action) {
    if (action == ReviewAction.SUBMIT && !functionalTestRecorded(app)) {
      throw StateConflictException.keyed("appcenter.review.functionalTestMissing");
    }
    if (action == ReviewAction.ONLINE && !published(app)) {
      throw StateConflictException.keyed("appcenter.review.hallsMissing");
    }
  }

  @Override
  public void afterMove(ServiceApp app, ReviewTransition transition) {
    if (transition.getAction() == ReviewAction.OFFLINE) {
      clients.disable(app.getAppKey());
    } else if (transition.getAction() == ReviewAction.ONLINE) {
      clients.register(AppClientSpecs.of(app));
    }
    gateway.forgetApp(app.getAppKey());
  }

  @Override
  public void checkVisible(long id) {
    apps.get(id);
  }

  /** Whether the unit wrote a functional test record for the app's current revision. */
  protected boolean functionalTestRecorded(ServiceApp app) {
    return em.createQuery(
                "select count(n) from AppNote n where n.appId = :a and n.revision = :r"
                    + " and n.kind = :k",
                Long.class)
            .setParameter("a", app.getId())
            .setParameter("r", app.getReview().revision())
            .setParameter("k", NoteKind.FUNCTIONAL_TEST)
            .getSingleResult()
        > 0;
  }

  /** Whether the app has halls to be published in ({@link AppPublicationService#publish}). */
  protected boolean published(ServiceApp app) {
    return em.createQuery(
                "select count(p) from AppPublication p, Hall h where h.id = p.hallId"
                    + " and p.appId = :a",
                Long.class)
            .setParameter("a", app.getId())
            .getSingleResult()
        > 0;
  }
}
