package org.onewindow.identity.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.onewindow.ops.audit.AuditEvent;
import org.onewindow.ops.audit.AuditService;

/**
 * The fallback for a client the realm cannot reach back-channel (OpenID Connect Front-Channel
 * Logout 1.0): the realm's logout page loads each such client's {@code
 * /frontchannel-logout?iss=&sid=} in the user's browser. The request carries no signature, so
 * anyone could forge one; it counts only when it comes from the realm's issuer <em>and</em> the
 * browser's own session belongs to the single sign-on session it names — then that session is
 * revoked on every node, as a back-channel logout would. Anything else changes nothing and leaves
 * an audit line.
 */
@Stateless
@PermitAll
public class FrontchannelLogoutService {

  @EJB private SessionRevocationService revocations;
  @EJB private AuditService audit;

  @Inject Clock clock;

  /**
   * @param issuer the {@code iss} parameter
   * @param sid the {@code sid} parameter
   * @param sessionSid the {@code sid} of the ID token in the browser's own session, if any
   * @return whether the session was revoked
   */
  public boolean logout(String issuer, String sid, Optional<String> sessionSid) {
    String refusal =
        !IdentitySettings.issuer().equals(issuer)
            ? "iss is not the realm's issuer"
            : sid == null || sid.isBlank()
                ? "sid is missing"
                : sessionSid.isEmpty()
                    ? "the browser holds no session of this client"
                    : !sessionSid.get().equals(sid) ? "sid is not the browser's session" : null;
    if (refusal != null) {
      audit.record(
          AuditEvent.platformFailure(clock.instant(), "FRONTCHANNEL_LOGOUT_IGNORED", refusal));
      return false;
    }
    revocations.revokeSession(sid, clock.instant());
    audit.record(
        new AuditEvent(
            clock.instant(), "platform", "FRONTCHANNEL_LOGOUT", "", "success", "sid=" + sid));
    return true;
  }
}
