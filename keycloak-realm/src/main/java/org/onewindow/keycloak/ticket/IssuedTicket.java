package org.onewindow.keycloak.ticket;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * A one-time user ticket (000 9.2.3 示例3 {@code ticket}): 256 random bits naming (user, session,
 * app) in Keycloak's single-use store, which the cluster shares. Taking it removes it, atomically,
 * so a ticket is exchanged once at most, and it lapses after {@link #LIFETIME} if never taken.
 */
record IssuedTicket(String userId, String userSessionId, String appId) {

  /** Short: the app's front end hands it to its backend at once (issue: at most 5 minutes). */
  static final Duration LIFETIME = Duration.ofMinutes(2);

  private static final String PREFIX = "onewindow-ticket:";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Stores this ticket and returns its text for the browser. */
  String issue(SingleUseObjectProvider store) {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    store.put(
        PREFIX + ticket,
        LIFETIME.toSeconds(),
        Map.of("user", userId, "session", userSessionId, "app", appId));
    return ticket;
  }

  /** Takes a ticket out of the store: empty when unknown, already taken or lapsed. */
  static Optional<IssuedTicket> take(SingleUseObjectProvider store, String ticket) {
    if (ticket == null || !ticket.matches("[A-Za-z0-9_-]{43}")) {
      return Optional.empty();
    }
    Map<String, String> notes = store.remove(PREFIX + ticket);
    if (notes == null || !notes.containsKey("user")) {
      return Optional.empty();
    }
    return Optional.of(new IssuedTicket(notes.get("user"), notes.get("session"), notes.get("app")));
  }
}
