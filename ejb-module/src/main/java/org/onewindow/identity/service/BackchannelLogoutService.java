package org.onewindow.identity.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import org.onewindow.identity.domain.LogoutToken;
import org.onewindow.identity.domain.LogoutTokenPolicy;
import org.onewindow.identity.domain.LogoutTokenRejectedException;
import org.onewindow.identity.infrastructure.LogoutTokenReader;
import org.onewindow.identity.infrastructure.RealmKeys;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;

/**
 * Receives the realm's back-channel logout tokens (002 6.4 d, 004 5.4): when a user logs out of any
 * client, an administrator ends their sessions or disables them, Keycloak posts a signed logout
 * token; once it holds, the session it names is revoked on every node ({@link
 * SessionRevocationService}). A token that does not hold changes nothing and leaves an audit line.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class BackchannelLogoutService {

  private static final Logger LOG = Logger.getLogger(BackchannelLogoutService.class.getName());

  @EJB private SessionRevocationService revocations;
  @EJB private AuditService audit;

  @Inject Clock clock;
  private LogoutTokenReader reader;
  private LogoutTokenPolicy policy;

  @PostConstruct
  void init() {
    reader = new LogoutTokenReader(new RealmKeys(IdentitySettings.jwksUri(), clock));
    policy = IdentitySettings.logoutTokenPolicy();
  }

  /**
   * Ends the sessions a logout token names.
   *
   * @throws LogoutTokenRejectedException when the token does not hold; nothing was revoked
   */
  public void logout(String logoutToken) {
    LogoutToken token;
    try {
      token = reader.read(logoutToken);
      policy.check(token, clock.instant());
    } catch (LogoutTokenRejectedException e) {
      LOG.warning("back-channel logout refused: " + e.getMessage());
      audit.record(
          AuditEvent.platformFailure(clock.instant(), "LOGOUT_TOKEN_REJECTED", e.getMessage()));
      throw e;
    }
    if (token.sessionId().isPresent()) {
      revocations.revokeSession(token.sessionId().get(), clock.instant());
    } else {
      revocations.revokeSubject(token.subject().orElseThrow(), clock.instant());
    }
    audit.record(
        new AuditEvent(
            clock.instant(),
            "platform",
            "BACKCHANNEL_LOGOUT",
            token.subject().orElse(""),
            "success",
            "sid=" + token.sessionId().orElse("-") + " aud=" + String.join(",", token.audience())));
  }
}
