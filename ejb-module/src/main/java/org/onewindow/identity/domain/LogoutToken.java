package org.onewindow.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The claims of an OpenID Connect back-channel logout token (OpenID Connect Back-Channel Logout
 * 1.0, 2.4) as Keycloak sends them when a user's single sign-on session ends (004 5.4: logout from
 * any application ends every application's session).
 *
 * @param issuer {@code iss}
 * @param audience {@code aud}, one or more client ids
 * @param subject {@code sub}, the user's id, if present
 * @param sessionId {@code sid}, the single sign-on session's id, if present
 * @param issuedAt {@code iat}
 * @param hasLogoutEvent whether {@code events} names the back-channel logout event
 * @param hasNonce whether a {@code nonce} claim is present (forbidden: it would make the token
 *     usable as an ID token)
 */
public record LogoutToken(
    String issuer,
    List<String> audience,
    Optional<String> subject,
    Optional<String> sessionId,
    Instant issuedAt,
    boolean hasLogoutEvent,
    boolean hasNonce) {

  /** The event member a logout token must carry (Back-Channel Logout 1.0, 2.4). */
  public static final String LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";

  public LogoutToken {
    audience = List.copyOf(audience);
  }
}
