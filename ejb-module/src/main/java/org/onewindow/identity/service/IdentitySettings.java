package org.onewindow.identity.service;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.onewindow.identity.domain.LogoutTokenPolicy;

/**
 * Where the realm is and which of its clients are the platform's, from system properties with the
 * documented defaults (README, "Identity"): {@code onewindow.keycloak.url} (the same property the
 * OIDC client configuration reads) and {@code onewindow.logout.audiences}.
 */
final class IdentitySettings {

  static final String DEFAULT_KEYCLOAK_URL = "http://localhost:8180";
  static final String REALM = "onewindow";

  /** The platform's own clients; a light app's own backend handles its own logout tokens. */
  static final String DEFAULT_AUDIENCES =
      "onewindow-console,onewindow-portal,onewindow-api,onewindow-lightapp-demo";

  /** Back-Channel Logout 1.0 leaves freshness to the receiver; two minutes covers slow delivery. */
  static final Duration MAX_TOKEN_AGE = Duration.ofMinutes(2);

  static final Duration ALLOWED_SKEW = Duration.ofSeconds(30);

  private IdentitySettings() {}

  static String issuer() {
    String base = System.getProperty("onewindow.keycloak.url", DEFAULT_KEYCLOAK_URL);
    return base.replaceAll("/+$", "") + "/realms/" + REALM;
  }

  /**
   * The realm's SM2-aware key set (ADR 0003): the standard keys plus the SM2 keys with {@code crv}
   * "SM2". Logout tokens to the SM2 clients (console, portal) are signed with the SM2 key, which
   * the standard {@code /certs} would mislabel as P-256.
   */
  static URI jwksUri() {
    return URI.create(issuer() + "/sm2/certs");
  }

  static LogoutTokenPolicy logoutTokenPolicy() {
    Set<String> audiences =
        Arrays.stream(
                System.getProperty("onewindow.logout.audiences", DEFAULT_AUDIENCES).split(","))
            .map(String::trim)
            .filter(audience -> !audience.isEmpty())
            .collect(Collectors.toSet());
    return new LogoutTokenPolicy(issuer(), audiences, MAX_TOKEN_AGE, ALLOWED_SKEW);
  }

  /** The service account that manages apps' clients (realm JSON, client onewindow-identity). */
  static final String IDENTITY_CLIENT = "onewindow-identity";

  /** Its secret: {@code ONEWINDOW_IDENTITY_SECRET}, the documented demo value otherwise. */
  static String identityClientSecret() {
    String secret = System.getenv("ONEWINDOW_IDENTITY_SECRET");
    return secret == null || secret.isBlank() ? "demo-identity-secret" : secret;
  }

  static String keycloakUrl() {
    return System.getProperty("onewindow.keycloak.url", DEFAULT_KEYCLOAK_URL);
  }
}
