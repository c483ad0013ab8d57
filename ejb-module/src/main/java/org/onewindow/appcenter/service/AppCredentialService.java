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
import java.time.Clock;
import java.util.HexFormat;
import org.onewindow.appcenter.domain.CredentialReissue;
import org.onewindow.appcenter.domain.ServiceApp;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.PlatformKeys;
import org.onewindow.common.Roles;
import org.onewindow.common.UnitScope;
import org.onewindow.crypto.Sm3;
import org.onewindow.crypto.sm2.Sm2Keys;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.crypto.sm4.Sm4Key;
import org.onewindow.identity.domain.AppClientSpec;
import org.onewindow.identity.service.AppClientService;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;

/**
 * Re-issues an app's credentials (000 9.3 生成key、secret; 003 6.3.2.3 layered keys): a new SM4 key
 * (shown once, kept wrapped under the platform KEK), a new SM2 key pair (generated, private half
 * shown once and never kept; or a public key the unit gives), or both. The app key stays.
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

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @EJB private AuditService audit;

  @EJB private AppClientService clients;

  @EJB private GatewayDirectory gateway;

  @Inject Clock clock;

  /**
   * Re-issues what {@code request} names and returns the new secrets, this once.
   *
   * @throws NotFoundException when there is no such app, or it is another unit's
   * @throws org.onewindow.common.InvalidInputException when the "new" public key is the current one
   */
  public ReissuedCredentials reissue(long appId, CredentialReissue request) {
    ServiceApp app = em.find(ServiceApp.class, appId);
    if (app == null) {
      throw new NotFoundException("应用不存在：" + appId);
    }
    UnitScope.of(session).checkSees(app.getUnit().getName(), "应用不存在：" + appId);

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
            "应用 "
                + app.getAppKey()
                + " "
                + app.getName()
                + "：重新签发 "
                + request.describe()
                + (publicPem == null ? "" : "；新公钥指纹（SM3）" + fingerprint(publicPem))));
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
}
