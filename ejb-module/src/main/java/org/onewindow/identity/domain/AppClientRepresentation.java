package org.onewindow.identity.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The realm client of an app (Keycloak's client representation): confidential, code flow with PKCE,
 * no scope beyond its own, its pages' address as the only redirect and web origin, and the two key
 * attributes the ticket endpoints read ({@code onewindow.app.sm2-public-key}, {@code
 * onewindow.app.sm4-key-ref}).
 *
 * <p>Its tokens keep the realm's default signature: an outside app's OIDC library knows no SM2 (ADR
 * 0003), and 000 9.2 apps learn their users through SM4 tickets, not tokens.
 */
public final class AppClientRepresentation {

  public static final String SM2_PUBLIC_KEY = "onewindow.app.sm2-public-key";
  public static final String SM4_KEY_REF = "onewindow.app.sm4-key-ref";

  /** Marks the clients this service made: it changes no other. */
  public static final String MANAGED_BY = "onewindow.app.managed-by";

  private AppClientRepresentation() {}

  public static JsonObject of(AppClientSpec spec) {
    return Json.createObjectBuilder()
        .add("clientId", spec.appId())
        .add("name", spec.displayName())
        .add("enabled", true)
        .add("protocol", "openid-connect")
        .add("publicClient", false)
        .add("standardFlowEnabled", true)
        .add("implicitFlowEnabled", false)
        .add("directAccessGrantsEnabled", false)
        .add("serviceAccountsEnabled", false)
        .add("frontchannelLogout", false)
        .add("fullScopeAllowed", false)
        .add("redirectUris", Json.createArrayBuilder().add(spec.baseUrl() + "/*"))
        .add("webOrigins", Json.createArrayBuilder().add(spec.origin()))
        .add(
            "attributes",
            Json.createObjectBuilder()
                .add(SM2_PUBLIC_KEY, spec.sm2PublicKeyPem())
                .add(SM4_KEY_REF, spec.sm4KeyRef())
                .add(MANAGED_BY, "onewindow-identity")
                .add("pkce.code.challenge.method", "S256")
                .add("post.logout.redirect.uris", spec.baseUrl() + "/*"))
        .build();
  }
}
