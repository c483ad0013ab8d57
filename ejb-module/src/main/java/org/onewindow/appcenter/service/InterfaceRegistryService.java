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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.onewindow.appcenter.domain.AccessUnit;
import org.onewindow.appcenter.domain.AppCenterKinds;
import org.onewindow.appcenter.domain.AuthMode;
import org.onewindow.appcenter.domain.GatewaySettings;
import org.onewindow.appcenter.domain.InterfaceDefinition;
import org.onewindow.appcenter.domain.InterfaceDefinitionJson;
import org.onewindow.appcenter.domain.OpenApiExport;
import org.onewindow.appcenter.domain.PlatformSigningKey;
import org.onewindow.appcenter.domain.RegisteredInterface;
import org.onewindow.appcenter.gateway.InterfaceStatistics;
import org.onewindow.appcenter.repository.RegisteredInterfaceRepository;
import org.onewindow.common.DuplicateException;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.Messages;
import org.onewindow.common.PageRequest;
import org.onewindow.common.PlatformKeys;
import org.onewindow.common.ResultPage;
import org.onewindow.common.Roles;
import org.onewindow.common.UnitScope;
import org.onewindow.crypto.sm2.Sm2Keys;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;
import org.onewindow.region.Divisions;
import org.onewindow.review.ReviewCaller;
import org.onewindow.review.ReviewStatus;
import org.onewindow.review.ReviewTransitionView;
import org.onewindow.review.ReviewWorkflow;

/**
 * The interface registry (000 9.4.1–9.4.2): access units register and revise their interfaces;
 * everyone in the application centre reads them. Reviews are {@link InterfaceReviewService}'s; both
 * run on the one review workflow ({@link ReviewWorkflow}).
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.APP_REVIEWER, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
public class InterfaceRegistryService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @EJB private AuditService audit;

  @EJB private GatewayDirectory gateway;

  @EJB private GatewayMetrics metrics;

  @EJB private GatewayUsageService usage;

  @Inject private InterfaceReviewKind reviewKind;

  /** The longest usage history one request may ask for. */
  public static final int MAX_USAGE_DAYS = 366;

  @Inject Clock clock;

  private InterfaceRecords records() {
    return new InterfaceRecords(em);
  }

  private ReviewWorkflow workflow() {
    return ReviewWorkflow.of(em, audit, clock);
  }

  /**
   * Registers a new interface of the unit as a draft, in the caller's name.
   *
   * @throws InvalidInputException on bad input, nothing saved
   * @throws DuplicateException when the unit has an interface of that name already
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public InterfaceView register(long unitId, InterfaceDefinition definition) {
    AccessUnit unit = em.find(AccessUnit.class, unitId);
    if (unit == null) {
      throw InvalidInputException.keyed("unitId", "appcenter.unit.notFound");
    }
    UnitScope.of(session).checkActsFor(unit.getName());
    InterfaceDefinition checked = check(definition);
    if (nameTaken(unitId, checked.name(), null)) {
      throw DuplicateException.keyed("name", "appcenter.interface.duplicate", checked.name());
    }
    String actor = caller();
    Instant now = clock.instant();
    RegisteredInterface registered =
        RegisteredInterface.register(unit, checked, newSigningKey(), actor, now);
    em.persist(registered);
    em.flush();
    workflow().registered(reviewKind, registered);
    return InterfaceRecords.view(registered);
  }

  /**
   * A new revision of a draft, rejected or offline interface (rectification, 000 9.5).
   *
   * @throws org.onewindow.common.StateConflictException while submitted, approved or online
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public InterfaceView revise(long id, InterfaceDefinition definition) {
    return InterfaceRecords.view(
        workflow()
            .revise(
                reviewKind,
                () -> visible(id),
                (registered, actor, at) -> {
                  InterfaceDefinition checked = check(definition);
                  if (nameTaken(registered.getUnit().getId(), checked.name(), id)) {
                    throw DuplicateException.keyed(
                        "name", "appcenter.interface.duplicate", checked.name());
                  }
                  return registered.revise(checked, actor, at);
                },
                ReviewCaller.of(session)));
  }

  /**
   * Registers a definition read from its JSON file (the format of {@link #exportJson}); every rule
   * of {@link #register} applies.
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public InterfaceView importDefinition(long unitId, String document) {
    return register(unitId, InterfaceDefinitionJson.importFrom(document, Divisions.table()));
  }

  /** The interface's definition as a JSON file, for import elsewhere (000 9.4.2). */
  public String exportJson(long id) {
    return InterfaceDefinitionJson.export(visible(id).definition());
  }

  /** The interface as an OpenAPI 3 document, its revision as the document's version. */
  public String exportOpenApi(long id) {
    RegisteredInterface registered = visible(id);
    return OpenApiExport.export(registered.definition(), registered.getRevision());
  }

  /**
   * Changes how the gateway calls the interface (000 9.4.4; 003 6.2.4 d): authentication mode,
   * timeout and retries of idempotent calls. Audited with before and after.
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public InterfaceView configureGateway(long id, AuthMode mode, int timeoutMillis, int retries) {
    RegisteredInterface registered = visible(id);
    GatewaySettings before = registered.getGateway();
    String was = gatewaySettings(before.authMode(), before.timeoutMillis(), before.retries());
    registered.configureGateway(mode, timeoutMillis, retries);
    em.flush();
    audit.recordInCallersTransaction(
        new AuditEvent(
            clock.instant(),
            "platform",
            "INTERFACE_GATEWAY_CONFIGURED",
            caller(),
            "success",
            Messages.text(
                "appcenter.audit.gatewayConfigured",
                Messages.PLATFORM_LOCALE,
                String.valueOf(id),
                registered.getName(),
                was,
                gatewaySettings(mode, timeoutMillis, retries))));
    gateway.forgetInterface(id);
    return InterfaceRecords.view(registered);
  }

  /** Gateway settings as the audit trail shows them: {@code SIGNATURE/3000ms/1次}. */
  private static String gatewaySettings(AuthMode mode, int timeoutMillis, int retries) {
    return Messages.text(
        "appcenter.audit.gatewaySettings",
        Messages.PLATFORM_LOCALE,
        mode.name(),
        String.valueOf(timeoutMillis),
        String.valueOf(retries));
  }

  /** How the gateway calls the interface, and its figures on this node. */
  public GatewaySettingsView gateway(long id) {
    GatewaySettings settings = visible(id).getGateway();
    return new GatewaySettingsView(
        id,
        settings.authMode().name(),
        settings.authMode().label(),
        settings.signingPublicKeyPem(),
        GatewayDirectory.PLATFORM_SIGNER,
        settings.timeoutMillis(),
        settings.retries(),
        "/gateway/v1/interfaces/" + id,
        metrics.of(id).orElse(new InterfaceStatistics.Snapshot(0, 0, 0, 0, 0)));
  }

  /**
   * The interface's calls through the gateway per day over the last {@code days} days, every node
   * (000 8.2.3 b; 003 6.7.2 d); this node's pending counts are written first so the view is current
   * here.
   */
  public List<UsageDay> usage(long id, int days) {
    visible(id);
    if (days < 1 || days > MAX_USAGE_DAYS) {
      throw InvalidInputException.keyed(
          "days", "appcenter.usage.days", String.valueOf(MAX_USAGE_DAYS));
    }
    metrics.writeUsage();
    LocalDate today = LocalDate.ofInstant(clock.instant(), GatewayMetrics.USAGE_ZONE);
    return usage.daily(id, today.minusDays(days - 1L));
  }

  /** Every interface, or those in one state, newest change first. */
  public List<InterfaceView> list(ReviewStatus status) {
    String unit = UnitScope.of(session).restrictedTo();
    return new RegisteredInterfaceRepository(em)
        .list(status, unit).stream().map(InterfaceRecords::view).toList();
  }

  /**
   * One page of the interfaces the caller may see (a unit's developer: its unit's only, {@link
   * UnitScope}), narrowed by {@code filter}, in the order {@code page} asks for (sort fields:
   * {@link RegisteredInterfaceRepository#SORT}), with how many the filter admits.
   *
   * @throws org.onewindow.common.InvalidInputException for a sort field outside the whitelist or a
   *     search text too long
   */
  public ResultPage<InterfaceView> page(InterfaceFilter filter, PageRequest page) {
    String unit = UnitScope.of(session).restrictedTo();
    return new RegisteredInterfaceRepository(em)
        .page(filter.status(), filter.text(), unit, page)
        .map(InterfaceRecords::view);
  }

  /** How many interfaces {@link #page} admits under {@code filter} for the caller. */
  public long count(InterfaceFilter filter) {
    String unit = UnitScope.of(session).restrictedTo();
    return new RegisteredInterfaceRepository(em).count(filter.status(), filter.text(), unit);
  }

  /**
   * One interface.
   *
   * @throws org.onewindow.common.NotFoundException when there is none of that id
   */
  public InterfaceView get(long id) {
    return InterfaceRecords.view(visible(id));
  }

  /** The interface's history, oldest first. */
  public List<ReviewTransitionView> history(long id) {
    visible(id);
    return workflow().history(AppCenterKinds.INTERFACE, id);
  }

  /** The interface, if the caller's unit may see it. */
  private RegisteredInterface visible(long id) {
    return records().findVisible(id, UnitScope.of(session));
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  /**
   * A new SM2 key for the platform's calls to one interface: the private half leaves this method
   * only wrapped under the platform KEK (003 6.3.2.3), the public half for the access unit.
   */
  private static PlatformSigningKey newSigningKey() {
    Sm2Keys.Pair pair = Sm2Keys.generate();
    String ref =
        PlatformKeys.ring().encryptString(PlatformSigningKey.PURPOSE, pair.privateKey().toPem());
    return new PlatformSigningKey(ref, pair.publicKey().toPem());
  }

  private static InterfaceDefinition check(InterfaceDefinition definition) {
    if (definition == null) {
      throw InvalidInputException.keyed("definition", "appcenter.interface.definitionMissing");
    }
    return definition.checkedAgainst(Divisions.table());
  }

  private boolean nameTaken(long unitId, String name, Long except) {
    return new RegisteredInterfaceRepository(em).nameTaken(unitId, name, except);
  }
}
