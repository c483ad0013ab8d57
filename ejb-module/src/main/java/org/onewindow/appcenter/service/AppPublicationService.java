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
import java.util.LinkedHashSet;
import java.util.List;
import org.onewindow.appcenter.domain.AppFileKind;
import org.onewindow.appcenter.domain.AppPublication;
import org.onewindow.appcenter.domain.Hall;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.Roles;
import org.onewindow.common.StateConflictException;
import org.onewindow.common.UnitScope;
import org.onewindow.ops.audit.AuditService;
import org.onewindow.review.ReviewAction;
import org.onewindow.review.ReviewCaller;
import org.onewindow.review.ReviewStatus;
import org.onewindow.review.ReviewWorkflow;

/**
 * Publishing an approved app (000 8.2.3 b 界面配置、分厅上线发布; 9.5): the halls it is shown in, with its
 * display configuration, and the step online on the review workflow.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.APP_REVIEWER, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
public class AppPublicationService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @EJB private AuditService audit;

  @Inject private AppReviewKind kind;

  private final Clock clock = Clock.systemUTC();

  /**
   * Publishes an approved app to the chosen halls with its display configuration and puts it online
   * (000 8.2.3 b; 9.5). The icon shown is the app's newest icon file.
   *
   * @throws InvalidInputException when no hall, an unknown hall, or a bad display configuration
   * @throws StateConflictException unless the app is approved
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.APP_REVIEWER})
  public AppView publish(long appId, List<Long> hallIds, String displayName, int sortOrder) {
    ServiceApp app = find(appId);
    if (hallIds == null || hallIds.isEmpty()) {
      throw InvalidInputException.keyed("halls", "appcenter.publication.noHall");
    }
    if (app.getReview().status() != ReviewStatus.APPROVED) {
      throw StateConflictException.keyed(
          "appcenter.publication.notApproved", app.getReview().status());
    }
    Long icon =
        em.createQuery(
                "select f.id from AppFile f where f.appId = :a and f.kind = :k order by f.id desc",
                Long.class)
            .setParameter("a", appId)
            .setParameter("k", AppFileKind.ICON)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    em.createQuery("delete from AppPublication p where p.appId = :a")
        .setParameter("a", appId)
        .executeUpdate();
    String actor = session.getCallerPrincipal().getName();
    for (Long hallId : new LinkedHashSet<>(hallIds)) {
      if (hallId == null || em.find(Hall.class, hallId) == null) {
        throw InvalidInputException.keyed(
            "halls", "appcenter.hall.notFound", String.valueOf(hallId));
      }
      em.persist(
          AppPublication.of(
              appId, hallId, displayName, icon, app.getTheme(), sortOrder, actor, clock.instant()));
    }
    em.flush();
    return AppView.of(
        ReviewWorkflow.of(em, audit, clock)
            .perform(kind, () -> app, ReviewAction.ONLINE, null, ReviewCaller.of(session)));
  }

  /** Where the app is published. */
  public List<PublicationView> publications(long appId) {
    find(appId);
    return em.createQuery(
            "select p, h from AppPublication p, Hall h where h.id = p.hallId and p.appId = :a"
                + " order by h.id",
            Object[].class)
        .setParameter("a", appId)
        .getResultStream()
        .map(
            row -> {
              AppPublication p = (AppPublication) row[0];
              Hall h = (Hall) row[1];
              return new PublicationView(
                  h.getId(),
                  h.getName(),
                  p.getDisplayName(),
                  p.getCategory(),
                  p.getSortOrder(),
                  p.getIconFileId());
            })
        .toList();
  }

  /** Every hall an app may be published to. */
  public List<HallView> halls() {
    return em.createQuery("select h from Hall h order by h.id", Hall.class)
        .getResultStream()
        .map(HallView::of)
        .toList();
  }

  private ServiceApp find(long appId) {
    return AppRecords.findVisible(em, UnitScope.of(session), appId);
  }
}
