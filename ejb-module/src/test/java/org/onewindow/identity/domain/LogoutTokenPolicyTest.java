package org.onewindow.identity.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The receiver's checks of OpenID Connect Back-Channel Logout 1.0, 2.6 (002 6.4 d, 004 5.4). */
class LogoutTokenPolicyTest {

  private static final String ISSUER = "http://localhost:8180/realms/onewindow";
  private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
  private static final LogoutTokenPolicy POLICY =
      new LogoutTokenPolicy(
          ISSUER, Set.of("onewindow-console"), Duration.ofMinutes(2), Duration.ofSeconds(30));

  private static LogoutToken token(
      String issuer,
      List<String> audience,
      Optional<String> sub,
      Optional<String> sid,
      Instant iat,
      boolean event,
      boolean nonce) {
    return new LogoutToken(issuer, audience, sub, sid, iat, event, nonce);
  }

  private static LogoutToken good() {
    return token(
        ISSUER,
        List.of("onewindow-console"),
        Optional.of("user-1"),
        Optional.of("session-1"),
        NOW.minusSeconds(5),
        true,
        false);
  }

  private static String rejection(LogoutToken token) {
    return assertThrows(LogoutTokenRejectedException.class, () -> POLICY.check(token, NOW))
        .getMessage();
  }

  @Test
  void acceptsAFreshTokenForOneOfOurClients() {
    assertDoesNotThrow(() -> POLICY.check(good(), NOW));
  }

  @Test
  void acceptsATokenWithOnlyASubjectOrOnlyASession() {
    LogoutToken g = good();
    assertDoesNotThrow(
        () ->
            POLICY.check(
                token(
                    ISSUER, g.audience(), g.subject(), Optional.empty(), g.issuedAt(), true, false),
                NOW));
    assertDoesNotThrow(
        () ->
            POLICY.check(
                token(
                    ISSUER,
                    g.audience(),
                    Optional.empty(),
                    g.sessionId(),
                    g.issuedAt(),
                    true,
                    false),
                NOW));
  }

  @Test
  void refusesAnotherIssuer() {
    LogoutToken g = good();
    assertEquals(
        "issuer is not this platform's realm",
        rejection(
            token(
                "http://evil/realms/onewindow",
                g.audience(),
                g.subject(),
                g.sessionId(),
                g.issuedAt(),
                true,
                false)));
  }

  @Test
  void refusesAnotherAudience() {
    LogoutToken g = good();
    assertEquals(
        "audience is not a client of this platform",
        rejection(
            token(
                ISSUER,
                List.of("someone-else"),
                g.subject(),
                g.sessionId(),
                g.issuedAt(),
                true,
                false)));
  }

  @Test
  void refusesATokenWithoutTheLogoutEvent() {
    LogoutToken g = good();
    assertEquals(
        "events does not name the back-channel logout event",
        rejection(
            token(ISSUER, g.audience(), g.subject(), g.sessionId(), g.issuedAt(), false, false)));
  }

  @Test
  void refusesATokenNamingNeitherSessionNorSubject() {
    LogoutToken g = good();
    assertEquals(
        "neither sid nor sub is present",
        rejection(
            token(
                ISSUER,
                g.audience(),
                Optional.empty(),
                Optional.empty(),
                g.issuedAt(),
                true,
                false)));
  }

  @Test
  void refusesATokenWithANonce() {
    LogoutToken g = good();
    assertEquals(
        "a logout token must not carry a nonce",
        rejection(
            token(ISSUER, g.audience(), g.subject(), g.sessionId(), g.issuedAt(), true, true)));
  }

  @Test
  void refusesStaleAndFutureTokens() {
    LogoutToken g = good();
    assertEquals(
        "iat is older than 120 s",
        rejection(
            token(
                ISSUER,
                g.audience(),
                g.subject(),
                g.sessionId(),
                NOW.minusSeconds(121),
                true,
                false)));
    assertEquals(
        "iat lies in the future",
        rejection(
            token(
                ISSUER,
                g.audience(),
                g.subject(),
                g.sessionId(),
                NOW.plusSeconds(31),
                true,
                false)));
    assertDoesNotThrow(
        () ->
            POLICY.check(
                token(
                    ISSUER,
                    g.audience(),
                    g.subject(),
                    g.sessionId(),
                    NOW.plusSeconds(30),
                    true,
                    false),
                NOW));
  }
}
