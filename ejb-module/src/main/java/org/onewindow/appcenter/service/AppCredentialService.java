package org.onewindow.appcenter.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.onewindow.appcenter.domain.AccessUnit;
import org.onewindow.appcenter.domain.CredentialReissue;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.appcenter.repository.ServiceAppRepository;
import org.onewindow.common.DuplicateException;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.Messages;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.PlatformKeys;
import org.onewindow.common.Roles;
import org.onewindow.common.UnitScope;
import org.onewindow.crypto.CryptoException;
import org.onewindow.crypto.Sm3;
import org.onewindow.crypto.sm2.Sm2Keys;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.crypto.sm4.Sm4Key;
import org.onewindow.identity.domain.AppClientSpec;
import org.onewindow.identity.domain.UserField;
import org.onewindow.identity.service.AppClientService;
import org.onewindow.identity.service.ConsentService;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;
import org.onewindow.review.ReviewWorkflow;

/**
 * An app's application and credentials (000 9.3 应用申请, 生成key、secret): an access unit applies for an
 * app and receives its key and secrets once, its realm client created through the identity service;
 * the keys can be re-issued; a platform administrator sets the rate the app may call the gateway
 * at.
 *
 * <p>Re-issue (003 6.3.2.3 layered keys): a new SM4 key (shown once, kept wrapped under the
 * platform KEK), a new SM2 key pair (generated, private half shown once and never kept; or a public
 * key the unit gives), or both. The app key stays.
 *
 * <p>The old key stops working when the transaction commits: on this node at once (the gateway
 * directory forgets the app after the commit), on other nodes within the directory's 5 s cache; the
 * app's realm client gets the new keys in the same call, so ticket exchanges follow at once.
 *
 * <p>Who: the owning unit's developer or system account (another unit's app reads as not found) and
 * platform administrators. Reviewers decide on apps; they hold no app's keys. Every state is
 * allowed: a leaked key must be replaceable while the app is offline or in rectification, so that
 * it never comes back with the old one; an offline app's realm client stays switched off.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
public class AppCredentialService {

  private static final SecureRandom RANDOM = new SecureRandom();

  private static final char[] KEY_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @EJB private AuditService audit;

  @EJB private AppClientService clients;

  @EJB private ConsentService consents;

  @EJB private GatewayDirectory gateway;

  @Inject Clock clock;

  @Inject private AppReviewKind reviewKind;

  /**
   * Applies for an app in the caller's name and issues its keys.
   *
   * @param sm2PublicKeyPem the app's own SM2 public key, or blank for the platform to generate a
   *     pair (its private key is then returned once)
   * @throws InvalidInputException on bad input, nothing saved and no client created
   * @throws DuplicateException when the unit has an app of that name
   */
  public IssuedApp apply(
      long unitId, String name, String description, String pageUrl, String sm2PublicKeyPem) {
    return apply(unitId, name, description, pageUrl, sm2PublicKeyPem, List.of());
  }

  /**
   * The same, approving the app for the personal fields it may receive once a user agrees (003
   * 6.3.2.1 c, minimal collection; 000 10.3 h): name, mobile, ID number, each a choice of its own;
   * none when empty.
   */
  public IssuedApp apply(
      long unitId,
      String name,
      String description,
      String pageUrl,
      String sm2PublicKeyPem,
      Collection<UserField> userFields) {
    AccessUnit unit = em.find(AccessUnit.class, unitId);
    if (unit == null) {
      throw InvalidInputException.keyed("unitId", "appcenter.unit.notFound");
    }
    UnitScope.of(session).checkActsFor(unit.getName());
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
        throw InvalidInputException.keyed("sm2PublicKey", "appcenter.reissue.notSm2Key");
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
    if (new ServiceAppRepository(em).nameTaken(unitId, app.getName())) {
      throw DuplicateException.keyed("name", "appcenter.app.duplicate", app.getName());
    }
    // The spec checks the page address and the keys before anything is kept.
    AppClientSpec spec = AppClientSpecs.of(app);
    em.persist(app);
    em.flush();
    ReviewWorkflow.of(em, audit, clock).registered(reviewKind, app);
    consents.approveFields(appKey, app.getName(), app.getPageUrl(), userFields);
    clients.register(spec);
    return new IssuedApp(AppView.of(app), sm4Hex, privatePem);
  }

  /**
   * Sets the app's gateway rate limit (calls per second per node); platform administrators only.
   *
   * @throws InvalidInputException outside 1 … {@value ServiceApp#MAX_RATE_LIMIT}
   */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public AppView limitRate(long appId, int callsPerSecond) {
    AppRecords records = new AppRecords(em, audit);
    ServiceApp app = records.findVisible(appId, UnitScope.of(session));
    int before = app.getRateLimit();
    app.limitRate(callsPerSecond);
    records.record(
        clock.instant(),
        caller(),
        "APP_RATE_LIMIT_CHANGED",
        app,
        Messages.text(
            "appcenter.audit.rateLimit",
            Messages.PLATFORM_LOCALE,
            String.valueOf(before),
            String.valueOf(callsPerSecond)));
    gateway.forgetApp(app.getAppKey());
    return AppView.of(app);
  }

  /**
   * Re-issues what {@code request} names and returns the new secrets, this once.
   *
   * @throws NotFoundException when there is no such app, or it is another unit's
   * @throws org.onewindow.common.InvalidInputException when the "new" public key is the current one
   */
  public ReissuedCredentials reissue(long appId, CredentialReissue request) {
    ServiceApp app = em.find(ServiceApp.class, appId);
    if (app == null) {
      throw NotFoundException.keyed("appcenter.app.notFound", String.valueOf(appId));
    }
    if (!UnitScope.of(session).allows(app.getUnit().getName())) {
      throw NotFoundException.keyed("appcenter.app.notFound", String.valueOf(appId));
    }

    String privatePem = null;
    String publicPem = request.sm2PublicKeyPem();
    if (request.generatesSm2Pair()) {
      Sm2Keys.Pair pair = Sm2Keys.generate();
      privatePem = pair.privateKey().toPem();
      publicPem = pair.publicKey().toPem();
    }
    String sm4Hex = null;
    String sm4Ref = null;
    if (request.sm4Key()) {
      Sm4Key sm4 = Sm4Key.generate();
      sm4Hex = HexFormat.of().formatHex(sm4.bytes());
      sm4Ref = PlatformKeys.ring().encrypt(AppClientSpec.SM4_KEY_PURPOSE, sm4.bytes()).encode();
      sm4.destroy();
    }
    app.reissue(publicPem, sm4Ref);
    em.flush(); // the version check: a concurrent re-issue fails here, before the realm is told

    audit.recordInCallersTransaction(
        new AuditEvent(
            clock.instant(),
            "platform",
            "APP_CREDENTIALS_REISSUED",
            session.getCallerPrincipal().getName(),
            "success",
            Messages.text(
                publicPem == null ? "appcenter.audit.reissued" : "appcenter.audit.reissuedWithKey",
                Messages.PLATFORM_LOCALE,
                app.getAppKey(),
                app.getName(),
                request.describe(),
                publicPem == null ? "" : fingerprint(publicPem))));
    gateway.forgetApp(app.getAppKey());
    // Last: a realm that cannot be reached rolls the whole re-issue back (the old keys stay).
    clients.replaceKeys(
        new AppClientSpec(
            app.getAppKey(),
            app.getName(),
            URI.create(app.getPageUrl().strip()),
            app.getSm2PublicKeyPem(),
            app.getSm4KeyRef()));
    return new ReissuedCredentials(AppView.of(app), request.describe(), sm4Hex, privatePem);
  }

  /** The first 16 characters of the SM3 digest (Base64url) of the public point in hex. */
  private static String fingerprint(String publicPem) {
    String hex = Sm2PublicKey.fromPem(publicPem).toHex();
    return Sm3.base64UrlDigest(hex).substring(0, 16);
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
