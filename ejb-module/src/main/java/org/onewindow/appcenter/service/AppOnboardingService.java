package org.onewindow.appcenter.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.onewindow.appcenter.domain.AppFileKind;
import org.onewindow.appcenter.domain.AppPublication;
import org.onewindow.appcenter.domain.AppType;
import org.onewindow.appcenter.domain.Hall;
import org.onewindow.appcenter.domain.NoteKind;
import org.onewindow.appcenter.domain.ReviewAction;
import org.onewindow.appcenter.domain.ReviewStatus;
import org.onewindow.appcenter.domain.ReviewTransition;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.appcenter.domain.ServiceLevel;
import org.onewindow.appcenter.domain.ServiceObject;
import org.onewindow.appcenter.domain.SubjectType;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.Roles;
import org.onewindow.common.StateConflictException;
import org.onewindow.common.UnitScope;
import org.onewindow.identity.domain.AppClientSpec;
import org.onewindow.identity.service.AppClientService;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;

/**
 * App review and publication (000 9.3, 9.5): the app is reviewed, published to halls and put
 * online, taken offline and rectified. Reviews follow the same rules as interfaces' (separation of
 * duties, reasons, history and audit).
 *
 * <p>The other use cases of onboarding have their own services (issue 15): application and
 * credentials ({@link AppCredentialService}), binding ({@link AppBindingService}), the catalogue
 * ({@link AppCatalogueService}).
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.APP_REVIEWER, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
public class AppOnboardingService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @EJB private AuditService audit;

  @EJB private AppClientService clients;

  @EJB private GatewayDirectory gateway;

  @Inject Clock clock;

  @EJB private AppBindingService bindings;

  @EJB private AppCatalogueService catalogue;

  /**
   * Forwards to {@link AppBindingService#bind}.
   *
   * @deprecated for the console's {@code ReviewApp} until its split (issue 15) calls {@link
   *     AppBindingService} itself; new callers use that service
   */
  @Deprecated(forRemoval = true)
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public void bind(long appId, long interfaceId) {
    bindings.bind(appId, interfaceId);
  }

  /**
   * Forwards to {@link AppBindingService#boundInterfaces}.
   *
   * @deprecated as {@link #bind}
   */
  @Deprecated(forRemoval = true)
  public List<InterfaceView> boundInterfaces(long appId) {
    return bindings.boundInterfaces(appId);
  }

  /**
   * Forwards to {@link AppBindingService#bindableInterfaces}.
   *
   * @deprecated as {@link #bind}
   */
  @Deprecated(forRemoval = true)
  public List<InterfaceView> bindableInterfaces(long appId) {
    return bindings.bindableInterfaces(appId);
  }

  /**
   * Forwards to {@link AppCatalogueService#classify}.
   *
   * @deprecated for the console's {@code ReviewApp} until its split (issue 15) calls {@link
   *     AppCatalogueService} itself; new callers use that service
   */
  @Deprecated(forRemoval = true)
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public AppView classify(
      long appId, ServiceObject object, String theme, ServiceLevel level, AppType type) {
    return catalogue.classify(appId, object, theme, level, type);
  }

  /**
   * Forwards to {@link AppCatalogueService#get}.
   *
   * @deprecated as {@link #classify}
   */
  @Deprecated(forRemoval = true)
  public AppView get(long appId) {
    return catalogue.get(appId);
  }

  /**
   * Publishes an approved app to the chosen halls with its display configuration and puts it online
   * (000 8.2.3 b 界面配置、分厅上线发布; 9.5). The icon shown is the app's newest icon file.
   *
   * @throws InvalidInputException when no hall, an unknown hall, or a bad display configuration
   * @throws StateConflictException unless the app is approved
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.APP_REVIEWER})
  public AppView publish(long appId, List<Long> hallIds, String displayName, int sortOrder) {
    ServiceApp app = find(appId);
    if (hallIds == null || hallIds.isEmpty()) {
      throw new InvalidInputException("halls", "请至少选择一个发布的分厅");
    }
    if (app.getReview().status() != ReviewStatus.APPROVED) {
      throw new StateConflictException(
          "应用当前状态为「" + app.getReview().status().label() + "」，审核通过后才能发布");
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
    String actor = caller();
    for (Long hallId : new java.util.LinkedHashSet<>(hallIds)) {
      if (hallId == null || em.find(Hall.class, hallId) == null) {
        throw new InvalidInputException("halls", "分厅不存在：" + hallId);
      }
      em.persist(
          AppPublication.of(
              appId, hallId, displayName, icon, app.getTheme(), sortOrder, actor, clock.instant()));
    }
    em.flush();
    return perform(appId, ReviewAction.ONLINE, null);
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

  /**
   * Moves the app on in its review. Taking it offline switches its realm client off (000 9.5);
   * putting it online again switches it on — only once it has halls to be published in ({@link
   * #publish}; a rectified app keeps its halls).
   */
  public AppView perform(long appId, ReviewAction action, String reason) {
    if (!mayPerform(action)) {
      throw new EJBAccessException("role may not " + action);
    }
    ServiceApp app = find(appId);
    if (action == ReviewAction.SUBMIT && !hasFunctionalTest(app)) {
      // 000 9.3, 图3: the app is tested (应用上传与调试) before it goes to review.
      throw new StateConflictException("提交审核前请先填写本版本的功能测试记录");
    }
    if (action == ReviewAction.ONLINE && publications(appId).isEmpty()) {
      throw new StateConflictException("请先选择发布的分厅与展示配置，再上线发布");
    }
    ReviewTransition transition = app.perform(action, caller(), reason, clock.instant());
    em.flush();
    keep(app, transition);
    if (action == ReviewAction.OFFLINE) {
      clients.disable(app.getAppKey());
    } else if (action == ReviewAction.ONLINE) {
      clients.register(spec(app));
    }
    gateway.forgetApp(app.getAppKey());
    return AppView.of(app);
  }

  /**
   * Starts the app's rectification after a rejection or going offline (000 9.5): a new revision,
   * back to draft, to be changed and submitted for review again.
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public AppView rectify(long appId) {
    ServiceApp app = find(appId);
    ReviewTransition transition = app.revise(caller(), clock.instant());
    em.flush();
    keep(app, transition);
    gateway.forgetApp(app.getAppKey());
    return AppView.of(app);
  }

  public List<ReviewTransitionView> history(long appId) {
    find(appId);
    return ReviewTransitionView.history(em, SubjectType.APP, appId);
  }

  private boolean hasFunctionalTest(ServiceApp app) {
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

  private ServiceApp find(long appId) {
    ServiceApp app = em.find(ServiceApp.class, appId);
    if (app == null) {
      throw new NotFoundException("应用不存在：" + appId);
    }
    UnitScope.of(session).checkSees(app.getUnit().getName(), "应用不存在：" + appId);
    return app;
  }

  private AppClientSpec spec(ServiceApp app) {
    URI page;
    try {
      page = URI.create(app.getPageUrl() == null ? "" : app.getPageUrl().strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("pageUrl", "应用地址须为不带查询和片段的 http(s) 地址");
    }
    return new AppClientSpec(
        app.getAppKey(), app.getName(), page, app.getSm2PublicKeyPem(), app.getSm4KeyRef());
  }

  private void keep(ServiceApp app, ReviewTransition transition) {
    em.persist(transition);
    audit.recordInCallersTransaction(
        event(
            "APP_" + transition.getAction().name(),
            app,
            "第"
                + transition.getRevision()
                + "版："
                + (transition.getFrom() == null ? "—" : transition.getFrom().name())
                + " → "
                + transition.getTo().name()
                + (transition.getReason().isEmpty() ? "" : "；原因：" + transition.getReason())));
  }

  private AuditEvent event(String type, ServiceApp app, String detail) {
    return new AuditEvent(
        clock.instant(),
        "platform",
        type,
        caller(),
        "success",
        "应用 " + app.getAppKey() + " " + app.getName() + "：" + detail);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
