package org.onewindow.appcenter.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.onewindow.appcenter.domain.AccessUnit;
import org.onewindow.appcenter.domain.AppBinding;
import org.onewindow.appcenter.domain.AppType;
import org.onewindow.appcenter.domain.InterfaceGrant;
import org.onewindow.appcenter.domain.RegisteredInterface;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.appcenter.domain.ServiceLevel;
import org.onewindow.appcenter.domain.ServiceObject;
import org.onewindow.common.DuplicateException;
import org.onewindow.common.DutySeparationException;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.LocalizedTexts;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.PlatformKeys;
import org.onewindow.common.Roles;
import org.onewindow.common.StateConflictException;
import org.onewindow.crypto.CryptoException;
import org.onewindow.crypto.sm2.Sm2Keys;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.crypto.sm4.Sm4Key;
import org.onewindow.identity.domain.AppClientSpec;
import org.onewindow.identity.service.AppClientService;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;
import org.onewindow.review.ReviewStatus;
import org.onewindow.review.ReviewWorkflow;

/**
 * App onboarding (000 9.3, 图3): an access unit applies for an app and receives its key and secrets
 * once; the app's realm client is created through the identity service; the app is bound to
 * approved interfaces and filed in the catalogue. Its review, publication and offline steps are
 * {@link AppReviewService}'s and {@link AppPublicationService}'s, on the one review workflow.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.APP_REVIEWER, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
public class AppOnboardingService {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** An app binds only interfaces the platform approved (000 8.2.2, 9.4.1). */
  private static final List<ReviewStatus> BINDABLE =
      List.of(ReviewStatus.APPROVED, ReviewStatus.ONLINE);

  private static final char[] KEY_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @EJB private AuditService audit;

  @EJB private AppClientService clients;

  @EJB private GatewayDirectory gateway;

  @Inject private AppReviewKind reviewKind;

  private final Clock clock = Clock.systemUTC();

  /**
   * Applies for an app in the caller's name and issues its keys.
   *
   * @param sm2PublicKeyPem the app's own SM2 public key, or blank for the platform to generate a
   *     pair (its private key is then returned once)
   * @throws InvalidInputException on bad input, nothing saved and no client created
   * @throws DuplicateException when the unit has an app of that name
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public IssuedApp apply(
      long unitId, String name, String description, String pageUrl, String sm2PublicKeyPem) {
    AccessUnit unit = em.find(AccessUnit.class, unitId);
    if (unit == null) {
      throw new InvalidInputException("unitId", "接入单位不存在");
    }
    UnitScope.of(session).checkActsFor(unit);
    String privatePem = null;
    String publicPem;
    if (sm2PublicKeyPem == null || sm2PublicKeyPem.isBlank()) {
      Sm2Keys.Pair pair = Sm2Keys.generate();
      privatePem = pair.privateKey().toPem();
      publicPem = pair.publicKey().toPem();
    } else {
      try {
        publicPem = Sm2PublicKey.fromPem(sm2PublicKeyPem.strip()).toPem();
      } catch (CryptoException e) {
        throw new InvalidInputException("sm2PublicKey", "不是 SM2 公钥（PEM）");
      }
    }
    Sm4Key sm4 = Sm4Key.generate();
    String sm4Hex = HexFormat.of().formatHex(sm4.bytes());
    String sm4Ref =
        PlatformKeys.ring().encrypt(AppClientSpec.SM4_KEY_PURPOSE, sm4.bytes()).encode();
    sm4.destroy();
    String appKey = newAppKey();
    String actor = caller();
    Instant now = clock.instant();
    ServiceApp app =
        ServiceApp.apply(unit, appKey, name, description, pageUrl, publicPem, sm4Ref, actor, now);
    if (nameTaken(unitId, app.getName())) {
      throw new DuplicateException("name", "本单位已有同名应用：" + app.getName());
    }
    // The spec checks the page address and the keys before anything is kept.
    AppClientSpec spec = AppClientSpecs.of(app);
    em.persist(app);
    em.flush();
    ReviewWorkflow.of(em, audit, clock).registered(reviewKind, app);
    clients.register(spec);
    return new IssuedApp(AppView.of(app), sm4Hex, privatePem);
  }

  /**
   * Binds the app to an interface (000 8.2.2), one rule for the API and the console (issue 14): an
   * interface its unit owns or has been granted, approved or online, while the app may be changed.
   * An interface the caller may not see does not exist for it, whatever its state (404, the answer
   * for an unknown id): for a unit's developer, another unit's interface that is not granted to its
   * unit. Platform administrators and reviewers see every interface (as everywhere, {@link
   * UnitScope}), and are refused another unit's without a grant.
   *
   * @throws NotFoundException when the app or the interface does not exist for the caller
   * @throws DutySeparationException when the interface is another unit's and not granted to the
   *     app's unit (a platform-wide caller)
   * @throws StateConflictException when the interface is not approved or online, or the app may not
   *     be changed
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public void bind(long appId, long interfaceId) {
    ServiceApp app = find(appId);
    RegisteredInterface target = em.find(RegisteredInterface.class, interfaceId);
    Set<Long> granted = new InterfaceGrants(em).grantedTo(app.getUnit().getId());
    if (target == null || !visible(target, UnitScope.of(session), granted)) {
      throw new NotFoundException("接口不存在：" + interfaceId);
    }
    if (!usable(target, app, granted)) {
      throw new DutySeparationException(
          LocalizedTexts.REFUSALS.format("binding.needsGrant", Locale.ROOT));
    }
    app.checkEditable();
    ReviewStatus status = target.getStatus();
    if (!BINDABLE.contains(status)) {
      throw new StateConflictException("只能绑定审核通过或已上线的接口；该接口为「" + status.label() + "」");
    }
    if (boundIds(appId).contains(interfaceId)) {
      throw new DuplicateException("interfaceId", "应用已绑定该接口");
    }
    em.persist(new AppBinding(appId, interfaceId, caller(), clock.instant()));
    audit.recordInCallersTransaction(
        event("APP_INTERFACE_BOUND", app, "接口 #" + interfaceId + " " + target.getName()));
    gateway.forgetApp(app.getAppKey());
  }

  /** The interfaces the app is bound to that the caller may see, as the console lists them. */
  public List<InterfaceView> boundInterfaces(long appId) {
    return boundVisible(appId).stream().map(InterfaceRecords::view).toList();
  }

  /**
   * The interfaces the app may be bound to now: the rule {@link #bind} enforces — its unit's own or
   * granted to it, approved or online — and not bound yet.
   */
  public List<InterfaceView> bindableInterfaces(long appId) {
    ServiceApp app = find(appId);
    List<Long> ids = boundIds(appId);
    Set<Long> granted = new InterfaceGrants(em).grantedTo(app.getUnit().getId());
    return em.createQuery(
            "select i from RegisteredInterface i join fetch i.unit"
                + " where i.review.status in :statuses order by i.id",
            RegisteredInterface.class)
        .setParameter("statuses", BINDABLE)
        .getResultStream()
        .filter(i -> !ids.contains(i.getId()) && usable(i, app, granted))
        .map(InterfaceRecords::view)
        .toList();
  }

  /**
   * The interfaces the app is bound to that the caller may see (issue 14): a unit's developer sees
   * its unit's own and those granted to it, not another unit's id bound before the rule or after
   * its grant was revoked (the gateway refuses those).
   */
  public List<Long> bound(long appId) {
    return boundVisible(appId).stream().map(RegisteredInterface::getId).toList();
  }

  private List<RegisteredInterface> boundVisible(long appId) {
    ServiceApp app = find(appId);
    List<Long> ids = boundIds(appId);
    if (ids.isEmpty()) {
      return List.of();
    }
    Set<Long> granted = new InterfaceGrants(em).grantedTo(app.getUnit().getId());
    UnitScope scope = UnitScope.of(session);
    return em.createQuery(
            "select i from RegisteredInterface i join fetch i.unit where i.id in :ids order by i.id",
            RegisteredInterface.class)
        .setParameter("ids", ids)
        .getResultStream()
        .filter(i -> visible(i, scope, granted))
        .toList();
  }

  /** Every interface id the app is bound to, whoever may see it. */
  private List<Long> boundIds(long appId) {
    return em.createQuery("select b.interfaceId from AppBinding b where b.appId = :a", Long.class)
        .setParameter("a", appId)
        .getResultList();
  }

  /**
   * Whether the caller may see the interface for binding: as {@link UnitScope} allows, or granted
   * to the app's unit — for a unit's developer, its own unit (the app is its unit's, {@link
   * #find}).
   */
  private static boolean visible(
      RegisteredInterface target, UnitScope scope, Set<Long> grantedToAppUnit) {
    return scope.allows(target.getUnit()) || grantedToAppUnit.contains(target.getId());
  }

  private static boolean usable(
      RegisteredInterface target, ServiceApp app, Set<Long> grantedToAppUnit) {
    return InterfaceGrant.usable(
        target.getId(), target.getUnit().getId(), app.getUnit().getId(), grantedToAppUnit);
  }

  /**
   * Files the app in the catalogue (000 8.2.3 a; 001 6.3): service object, theme, level, type.
   *
   * @throws InvalidInputException for a theme outside the object's list
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public AppView classify(
      long appId, ServiceObject object, String theme, ServiceLevel level, AppType type) {
    ServiceApp app = find(appId);
    app.classify(object, theme, level, type);
    audit.recordInCallersTransaction(
        event(
            "APP_CLASSIFIED",
            app,
            object.label()
                + " / "
                + app.getTheme()
                + " / "
                + level.label()
                + " / "
                + type.label()));
    return AppView.of(app);
  }

  /**
   * Sets the app's gateway rate limit (calls per second per node); platform administrators only.
   */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public AppView limitRate(long appId, int callsPerSecond) {
    ServiceApp app = find(appId);
    int before = app.getRateLimit();
    app.limitRate(callsPerSecond);
    audit.recordInCallersTransaction(
        event("APP_RATE_LIMIT_CHANGED", app, before + " → " + callsPerSecond + " 次/秒"));
    gateway.forgetApp(app.getAppKey());
    return AppView.of(app);
  }

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
    StringBuilder jpql =
        new StringBuilder("select a from ServiceApp a join fetch a.unit where 1 = 1");
    java.util.Map<String, Object> parameters = new java.util.HashMap<>();
    if (unit != null) {
      jpql.append(" and a.unit.name = :unit");
      parameters.put("unit", unit);
    }
    if (theme != null && !theme.isBlank()) {
      jpql.append(" and a.theme = :theme");
      parameters.put("theme", theme.strip());
    }
    if (level != null) {
      jpql.append(" and a.serviceLevel = :level");
      parameters.put("level", level);
    }
    if (object != null) {
      jpql.append(" and a.serviceObject = :object");
      parameters.put("object", object);
    }
    if (status != null) {
      jpql.append(" and a.review.status = :status");
      parameters.put("status", status);
    }
    jpql.append(" order by a.review.updatedAt desc, a.id desc");
    var query = em.createQuery(jpql.toString(), ServiceApp.class);
    parameters.forEach(query::setParameter);
    return query.getResultStream().map(AppView::of).toList();
  }

  public AppView get(long appId) {
    return AppView.of(find(appId));
  }

  private ServiceApp find(long appId) {
    ServiceApp app = em.find(ServiceApp.class, appId);
    if (app == null) {
      throw new NotFoundException("应用不存在：" + appId);
    }
    UnitScope.of(session).checkSees(app.getUnit(), "应用不存在：" + appId);
    return app;
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

  private boolean nameTaken(long unitId, String name) {
    return em.createQuery(
                "select count(a) from ServiceApp a where a.unit.id = :u and a.name = :n",
                Long.class)
            .setParameter("u", unitId)
            .setParameter("n", name)
            .getSingleResult()
        > 0;
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  /** {@code app-} and 12 random base32 letters and digits: 60 bits, unguessable and readable. */
  static String newAppKey() {
    StringBuilder key = new StringBuilder(AppClientSpec.APP_PREFIX);
    for (int i = 0; i < 12; i++) {
      key.append(KEY_ALPHABET[RANDOM.nextInt(KEY_ALPHABET.length)]);
    }
    return key.toString().toLowerCase(Locale.ROOT);
  }
}
