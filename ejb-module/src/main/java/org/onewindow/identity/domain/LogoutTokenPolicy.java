package org.onewindow.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * The checks a logout token must pass once its signature verified (OpenID Connect Back-Channel
 * Logout 1.0, 2.6), so that only the realm can end sessions here (002 6.4 d, 004 5.4).
 *
 * @param issuer the realm's issuer URL, exactly as in its tokens
 * @param audiences the platform's client ids; a token for any other client is not ours
 * @param maxAge how old a token may be; older ones may be replays
 * @param allowedSkew how far the realm's clock may run ahead of ours
 */
public record LogoutTokenPolicy(
    String issuer, Set<String> audiences, Duration maxAge, Duration allowedSkew) {

  public LogoutTokenPolicy {
    Objects.requireNonNull(issuer, "issuer");
    audiences = Set.copyOf(audiences);
  }

  /**
   * Accepts the token or says why not.
   *
   * @throws LogoutTokenRejectedException naming the first rule the token breaks
   */
  public void check(LogoutToken token, Instant now) {
    if (!issuer.equals(token.issuer())) {
      throw new LogoutTokenRejectedException("issuer is not this platform's realm");
    }
    if (token.audience().stream().noneMatch(audiences::contains)) {
      throw new LogoutTokenRejectedException("audience is not a client of this platform");
    }
    if (!token.hasLogoutEvent()) {
      throw new LogoutTokenRejectedException("events does not name the back-channel logout event");
    }
    if (token.subject().isEmpty() && token.sessionId().isEmpty()) {
      throw new LogoutTokenRejectedException("neither sid nor sub is present");
    }
    if (token.hasNonce()) {
      throw new LogoutTokenRejectedException("a logout token must not carry a nonce");
    }
    if (token.issuedAt().isAfter(now.plus(allowedSkew))) {
      throw new LogoutTokenRejectedException("iat lies in the future");
    }
    if (token.issuedAt().isBefore(now.minus(maxAge))) {
      throw new LogoutTokenRejectedException("iat is older than " + maxAge.toSeconds() + " s");
    }
  }
}
