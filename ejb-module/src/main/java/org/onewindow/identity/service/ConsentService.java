package org.onewindow.identity.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.onewindow.common.ConcurrentChange;
import org.onewindow.common.Messages;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.Roles;
import org.onewindow.common.StateConflictException;
import org.onewindow.identity.domain.ActiveConsent;
import org.onewindow.identity.domain.AppUserFields;
import org.onewindow.identity.domain.ConsentDecision;
import org.onewindow.identity.domain.UserConsent;
import org.onewindow.identity.domain.UserField;
import org.onewindow.identity.repository.ConsentRepository;
import org.onewindow.notice.Notices;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;

/**
 * Light apps' access to users' personal data (000 10.3 h–i; 003 6.3.2.1 b–c): which fields each app
 * was approved for at onboarding (the application centre sets them), and each user's consent for
 * each app — given once on the consent page, listed and revocable in the user centre. The ticket
 * exchange asks {@link ConsentDecisionService} what it may hand over; the answer is {@link
 * ConsentDecision}.
 *
 * <p>A user acts only on their own consents: the caller's name is the realm's username, never a
 * parameter.
 */
@Stateless
public class ConsentService {

  /** The most consents the user centre lists. */
  static final int MAX_LISTED = 200;

  /** Where the consent notices point: the user centre's consents. */
  private static final String MY_CONSENTS = "/portal/me.xhtml#consentsHeading";

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @EJB private AuditService audit;

  @Inject Clock clock;

  /**
   * Records the fields {@code appKey} was approved for (003 6.3.2.1 c: name, mobile, ID number,
   * each a choice of its own), with the name and page address users see; called by the application
   * centre when the app is onboarded or its choice changes. Audited with before and after.
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.APP_REVIEWER, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public void approveFields(
      String appKey, String appName, String pageUrl, Collection<UserField> fields) {
    Set<UserField> approved = UserField.decode(UserField.encode(Set.copyOf(fields)));
    AppUserFields row = em.find(AppUserFields.class, appKey);
    Set<UserField> before;
    if (row == null) {
      // Complete before it is persisted: the insert may be written at once.
      row = new AppUserFields(appKey, appName, pageUrl);
      before = row.approve(appName, pageUrl, approved, caller(), clock.instant());
      em.persist(row);
    } else {
      before = row.approve(appName, pageUrl, approved, caller(), clock.instant());
    }
    audit.recordInCallersTransaction(
        AuditEvent.platformSuccess(
            clock.instant(),
            "APP_USER_FIELDS_APPROVED",
            caller(),
            Messages.text(
                "identity.consent.audit.fields",
                Messages.PLATFORM_LOCALE,
                appKey,
                UserField.encode(before),
                UserField.encode(approved))));
  }

  /**
   * What the consent page asks the caller about {@code appKey}.
   *
   * @throws NotFoundException when no app of that key was onboarded
   */
  @PermitAll
  public ConsentRequest request(String appKey) {
    AppUserFields app = app(appKey);
    Optional<Set<UserField>> agreed = agreed(caller(), appKey);
    return new ConsentRequest(
        app.getAppKey(),
        app.getAppName(),
        app.getPageUrl(),
        claims(app.getFields()),
        ConsentDecision.mustAsk(app.getFields(), agreed));
  }

  /**
   * The caller agrees that {@code appKey} may receive the fields it was approved for (000 10.3 h);
   * a consent that already covers them is kept as it is, one that does not is replaced. Two
   * agreements at once (a double click, two tabs, two nodes) leave one consent: the database keeps
   * one active consent per user and app ({@link ActiveConsent}), the later agreement finds the
   * earlier one's and changes nothing.
   *
   * @throws NotFoundException when no app of that key was onboarded
   */
  @PermitAll
  public ConsentView grant(String appKey) {
    try {
      return session.getBusinessObject(ConsentService.class).grantOnce(appKey);
    } catch (StateConflictException raceLost) {
      // Its own transaction was rolled back; the winner's consent is committed by now.
      AppUserFields app = app(appKey);
      return new ConsentRepository(em)
          .active(caller(), appKey)
          .filter(c -> c.getFields().containsAll(app.getFields()))
          .map(c -> view(c, app.getAppName()))
          .orElseThrow(() -> raceLost);
    }
  }

  /**
   * One attempt at {@link #grant}, in a transaction of its own so that losing a race to a
   * concurrent agreement rolls back only this attempt. Callers use {@link #grant}.
   *
   * @throws StateConflictException when a concurrent agreement recorded its consent first
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ConsentView grantOnce(String appKey) {
    AppUserFields app = app(appKey);
    String user = caller();
    ConsentRepository consents = new ConsentRepository(em);
    Optional<UserConsent> active = consents.active(user, appKey);
    if (active.isPresent() && active.get().getFields().containsAll(app.getFields())) {
      return view(active.get(), app.getAppName());
    }
    active.ifPresent(c -> c.revoke(clock.instant()));
    UserConsent consent = new UserConsent(user, appKey, app.getFields(), clock.instant());
    em.persist(consent);
    activate(consents, consent);
    audit.recordInCallersTransaction(
        AuditEvent.platformSuccess(
            clock.instant(),
            "USER_CONSENT_GRANTED",
            user,
            Messages.text(
                "identity.consent.audit.granted",
                Messages.PLATFORM_LOCALE,
                appKey,
                UserField.encode(app.getFields()))));
    // 001 7.7 g: the user's centre keeps a note of what they agreed to, and when.
    Notices.post(
        em,
        user,
        "identity.consent.notice.granted",
        MY_CONSENTS,
        clock.instant(),
        app.getAppName(),
        fieldNames(app.getFields()));
    return view(consent, app.getAppName());
  }

  /**
   * Ends the caller's consent for {@code appKey}: from now on the app's tickets trade for nothing
   * (003 Annex A 10008) until the user agrees again. Revoking what is not active changes nothing.
   */
  @PermitAll
  public void revoke(String appKey) {
    String user = caller();
    ConsentRepository repository = new ConsentRepository(em);
    repository
        .active(user, appKey)
        .ifPresent(
            consent -> {
              consent.revoke(clock.instant());
              repository.marker(user, appKey).ifPresent(em::remove);
              audit.recordInCallersTransaction(
                  AuditEvent.platformSuccess(
                      clock.instant(),
                      "USER_CONSENT_REVOKED",
                      user,
                      Messages.text(
                          "identity.consent.audit.revoked", Messages.PLATFORM_LOCALE, appKey)));
              Notices.post(
                  em,
                  user,
                  "identity.consent.notice.revoked",
                  MY_CONSENTS,
                  clock.instant(),
                  appName(appKey));
            });
  }

  /** The caller's consents, active and revoked, newest first (001 7.7: the user's own records). */
  @PermitAll
  public List<ConsentView> mine() {
    return new ConsentRepository(em)
        .of(caller(), MAX_LISTED).stream().map(c -> view(c, appName(c.getAppKey()))).toList();
  }

  /**
   * Makes {@code consent} the user's one active consent for its app and writes it at once: a
   * concurrent agreement that got there first fails the key (or the version) here, and this attempt
   * becomes a no-op instead of a second active consent.
   */
  private void activate(ConsentRepository consents, UserConsent consent) {
    try {
      em.flush(); // the consent's id
      Optional<ActiveConsent> marker = consents.marker(consent.getUsername(), consent.getAppKey());
      if (marker.isPresent()) {
        marker.get().replaceWith(consent);
      } else {
        em.persist(new ActiveConsent(consent));
      }
      em.flush();
    } catch (PersistenceException e) {
      if (!ConcurrentChange.explains(e)) {
        throw e;
      }
      throw StateConflictException.keyed(ConcurrentChange.KEY);
    }
  }

  private Optional<Set<UserField>> agreed(String username, String appKey) {
    return new ConsentRepository(em).active(username, appKey).map(UserConsent::getFields);
  }

  private AppUserFields app(String appKey) {
    AppUserFields app = appKey == null ? null : em.find(AppUserFields.class, appKey);
    if (app == null) {
      throw NotFoundException.keyed("identity.consent.appNotFound", String.valueOf(appKey));
    }
    return app;
  }

  private String appName(String appKey) {
    AppUserFields app = em.find(AppUserFields.class, appKey);
    return app == null ? appKey : app.getAppName();
  }

  private static ConsentView view(UserConsent consent, String appName) {
    return new ConsentView(
        consent.getAppKey(),
        appName,
        claims(consent.getFields()),
        consent.getGrantedAt(),
        consent.getRevokedAt().orElse(null),
        consent.isActive());
  }

  /** The fields' names as a person reads them (姓名、手机号码), or a word for none. */
  private static String fieldNames(Set<UserField> fields) {
    if (fields.isEmpty()) {
      return Messages.text("identity.consent.notice.noField", Messages.PLATFORM_LOCALE);
    }
    return fields.stream()
        .sorted()
        .map(f -> Messages.text(f.labelKey(), Messages.PLATFORM_LOCALE))
        .collect(
            Collectors.joining(
                Messages.text("identity.consent.notice.separator", Messages.PLATFORM_LOCALE)));
  }

  static List<String> claims(Set<UserField> fields) {
    return fields.stream().sorted().map(UserField::claim).toList();
  }

  /**
   * The signed-in caller's username. Every signed-in person has a user centre — citizens,
   * enterprise users, administrators alike — so no role is asked; an anonymous caller is refused.
   */
  private String caller() {
    String name = session.getCallerPrincipal().getName();
    if (name == null || name.isBlank() || "anonymous".equals(name)) {
      throw new EJBAccessException("a signed-in user is needed");
    }
    return name;
  }
}
