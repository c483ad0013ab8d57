package org.onewindow.web.support.signin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.onewindow.web.support.RealmAddress;

/**
 * Whether the realm answers: a GET of its discovery document with short timeouts, the answer kept
 * for a few seconds. Asked only when a browser is about to be sent to the realm to sign in, so a
 * signed-in person's requests never wait for it; the cache keeps a burst of sign-ins during an
 * outage from waiting on one timeout each.
 *
 * <p>Per node by design (docs/node-local-state.md): each node asks for itself, and a stale answer
 * lasts at most {@link #KEEP} — the cost of a wrong one is one sign-in sent to our page while the
 * realm has just come back, or to the browser's error while it has just gone.
 */
public final class IdentityProviderProbe {

  /** How long one answer is trusted. */
  static final Duration KEEP = Duration.ofSeconds(5);

  /** Well below a person's patience: a realm that takes longer to answer is as good as down. */
  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  private static final IdentityProviderProbe REALM =
      new IdentityProviderProbe(URI.create(RealmAddress.realm()), Clock.systemUTC());

  private static final String REALM_ENDPOINTS = "/realms/onewindow/protocol/openid-connect/";

  private final URI realm;
  private final URI discovery;
  private final Clock clock;
  private final HttpClient client;
  private Answer last;

  IdentityProviderProbe(URI realm, Clock clock) {
    this.realm = realm;
    this.discovery = URI.create(realm + "/.well-known/openid-configuration");
    this.clock = clock;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** The probe of the platform's realm ({@code -Donewindow.keycloak.url}, as oidc.cli reads it). */
  public static IdentityProviderProbe realm() {
    return REALM;
  }

  /**
   * Whether {@code location} sends a browser into the realm (its sign-in, for one): under the
   * address WildFly knows it by, or under the realm's OpenID Connect endpoints at another host
   * name, when browsers reach Keycloak by a front-end address of its own.
   */
  public boolean isInRealm(String location) {
    return location != null
        && (location.startsWith(realm + "/")
            || (location.startsWith("http") && location.contains(REALM_ENDPOINTS)));
  }

  /** Whether the realm answered, now or at most {@link #KEEP} ago. */
  public synchronized boolean reachable() {
    Instant now = clock.instant();
    if (last == null || !now.isBefore(last.at().plus(KEEP))) {
      last = new Answer(now, ask());
    }
    return last.reachable();
  }

  /** One GET of the discovery document; any answer but 200 counts as down. */
  boolean ask() {
    try {
      HttpResponse<Void> reply =
          client.send(
              HttpRequest.newBuilder(discovery).timeout(TIMEOUT).build(),
              HttpResponse.BodyHandlers.discarding());
      return reply.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private record Answer(Instant at, boolean reachable) {}
}
