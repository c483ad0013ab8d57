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
import org.onewindow.appcenter.domain.AppType;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.appcenter.domain.ServiceLevel;
import org.onewindow.appcenter.domain.ServiceObject;
import org.onewindow.appcenter.repository.ServiceAppRepository;
import org.onewindow.common.PageRequest;
import org.onewindow.common.ResultPage;
import org.onewindow.common.Roles;
import org.onewindow.common.UnitScope;
import org.onewindow.ops.audit.AuditService;
import org.onewindow.review.ReviewStatus;

/**
 * The app catalogue (000 8.2.3 a 清单动态管理; 001 6.3): filing an app under its service object, theme,
 * level and type, the dynamic list by those facets and state, and one app's view. A unit's
 * developer sees its own unit's apps only ({@link UnitScope}).
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.APP_REVIEWER, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
public class AppCatalogueService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @EJB private AuditService audit;

  @Inject Clock clock;

  /**
   * Files the app in the catalogue (000 8.2.3 a; 001 6.3): service object, theme, level, type.
   *
   * @throws org.onewindow.common.InvalidInputException for a theme outside the object's list
   * @throws org.onewindow.common.NotFoundException when the app does not exist for the caller
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public AppView classify(
      long appId, ServiceObject object, String theme, ServiceLevel level, AppType type) {
    AppRecords records = new AppRecords(em, audit);
    ServiceApp app = records.findVisible(appId, UnitScope.of(session));
    app.classify(object, theme, level, type);
    records.record(
        clock.instant(),
        session.getCallerPrincipal().getName(),
        "APP_CLASSIFIED",
        app,
        object.label() + " / " + app.getTheme() + " / " + level.label() + " / " + type.label());
    return AppView.of(app);
  }

  /** Every app the caller may see, newest change first. */
  public List<AppView> list() {
    return catalogue(null, null, null, null);
  }

  /**
   * The catalogue's dynamic list (000 8.2.3 a 清单动态管理; 001 6.3): apps by theme, level, service
   * object and state, each filter optional.
   */
  public List<AppView> catalogue(
      String theme, ServiceLevel level, ServiceObject object, ReviewStatus status) {
    String unit = UnitScope.of(session).restrictedTo();
    return new ServiceAppRepository(em)
        .catalogue(unit, theme, level, object, status).stream().map(AppView::of).toList();
  }

  /**
   * One page of the catalogue's dynamic list (000 8.2.3 a) of the apps the caller may see (a unit's
   * developer: its unit's only, {@link UnitScope}), narrowed by {@code filter}, in the order {@code
   * page} asks for (sort fields: {@link ServiceAppRepository#SORT}), with how many the filter
   * admits.
   *
   * @throws org.onewindow.common.InvalidInputException for a sort field outside the whitelist or a
   *     search text too long
   */
  public ResultPage<AppView> page(AppFilter filter, PageRequest page) {
    String unit = UnitScope.of(session).restrictedTo();
    return new ServiceAppRepository(em)
        .page(
            unit,
            filter.theme(),
            filter.level(),
            filter.object(),
            filter.status(),
            filter.text(),
            page)
        .map(AppView::of);
  }

  /** How many apps {@link #page} admits under {@code filter} for the caller. */
  public long count(AppFilter filter) {
    String unit = UnitScope.of(session).restrictedTo();
    return new ServiceAppRepository(em)
        .count(
            unit, filter.theme(), filter.level(), filter.object(), filter.status(), filter.text());
  }

  /**
   * One app.
   *
   * @throws org.onewindow.common.NotFoundException when the app does not exist for the caller
   */
  public AppView get(long appId) {
    return AppView.of(new AppRecords(em, audit).findVisible(appId, UnitScope.of(session)));
  }
}
