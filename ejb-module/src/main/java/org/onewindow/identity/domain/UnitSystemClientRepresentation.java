package org.onewindow.identity.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.onewindow.common.Messages;
import org.onewindow.common.Roles;
import org.onewindow.common.UnitScope;

/**
 * The realm client of an access unit's system account (issue 16 item 4): the unit's own backend
 * calling the API server to server with OAuth 2.0 client credentials (RFC 6749 4.4). Least
 * privilege, all decided here and none by the caller:
 *
 * <ul>
 *   <li>confidential, service account only: no code, implicit, password or device grant, no
 *       redirect, so no person can ever log in through it;
 *   <li>{@code fullScopeAllowed} off, so the service account's own realm roles (the realm's
 *       defaults) never reach the token; the one role it has is the hardcoded {@code
 *       unit-developer}, the same rights as a person developing for the unit — never a reviewer's,
 *       never {@code api-client}, which without a unit would be the platform's own account;
 *   <li>the unit's name as {@code access_unit} (the claim {@link org.onewindow.common.UnitScope}
 *       limits a developer by) and its id as {@code access_unit_id}, both hardcoded: the token says
 *       which unit, whatever happens to users' attributes;
 *   <li>{@code onewindow-api} as audience, the only service that takes its tokens; SM2-signed like
 *       every token the API takes.
 * </ul>
 *
 * <p>The attributes {@value #UNIT_ID} and {@value #UNIT_NAME} mark the clients made here and name
 * their unit: the registry changes no other client, and none of another unit — nor one left from an
 * earlier unit of the same id (a database started afresh against a realm that was kept).
 */
public final class UnitSystemClientRepresentation {

  /** The unit a system client belongs to; also marks the clients the registry made. */
  public static final String UNIT_ID = "onewindow.unit.id";

  /** The name of that unit, as its tokens' {@code access_unit} carries it. */
  public static final String UNIT_NAME = "onewindow.unit.name";

  /** The claim naming the unit's id, next to {@code access_unit} (its name). */
  public static final String UNIT_ID_CLAIM = "access_unit_id";

  /** The API's client, the audience of every system client's token. */
  public static final String API_AUDIENCE = "onewindow-api";

  private UnitSystemClientRepresentation() {}

  /** The client id of a unit's system client: {@code unit-<id>-<eight hex digits>}. */
  public static String clientId(long unitId, String suffix) {
    return prefix(unitId) + suffix;
  }

  /**
   * What every system client id of the unit starts with; a unit id's digits end before the dash, so
   * unit 1's prefix is never a prefix of unit 12's ids.
   */
  public static String prefix(long unitId) {
    return "unit-" + unitId + "-";
  }

  /** The new client, for the Admin API's {@code POST /clients}; Keycloak makes its secret. */
  public static JsonObject of(String clientId, long unitId, String unitName) {
    return Json.createObjectBuilder()
        .add("clientId", clientId)
        // The name the realm's administrators read, in the platform's language.
        .add("name", Messages.text("identity.unitClient.name", Messages.PLATFORM_LOCALE, unitName))
        .add("enabled", true)
        .add("protocol", "openid-connect")
        .add("publicClient", false)
        .add("clientAuthenticatorType", "client-secret")
        .add("standardFlowEnabled", false)
        .add("implicitFlowEnabled", false)
        .add("directAccessGrantsEnabled", false)
        .add("serviceAccountsEnabled", true)
        .add("frontchannelLogout", false)
        .add("fullScopeAllowed", false)
        .add("redirectUris", Json.createArrayBuilder())
        .add("webOrigins", Json.createArrayBuilder())
        .add(
            "attributes",
            Json.createObjectBuilder()
                .add(UNIT_ID, Long.toString(unitId))
                .add(UNIT_NAME, unitName)
                .add("access.token.signed.response.alg", "SM2")
                .add("oauth2.device.authorization.grant.enabled", "false")
                .add("client_credentials.use_refresh_token", "false"))
        .add(
            "protocolMappers",
            Json.createArrayBuilder()
                .add(
                    mapper(
                        "unit-developer-role",
                        "oidc-hardcoded-role-mapper",
                        Json.createObjectBuilder().add("role", Roles.UNIT_DEVELOPER)))
                .add(claim("access-unit", UnitScope.CLAIM, unitName, "String"))
                .add(claim("access-unit-id", UNIT_ID_CLAIM, Long.toString(unitId), "long"))
                .add(
                    mapper(
                        "api-audience",
                        "oidc-audience-mapper",
                        Json.createObjectBuilder()
                            .add("included.client.audience", API_AUDIENCE)
                            .add("id.token.claim", "false")
                            .add("access.token.claim", "true")
                            .add("introspection.token.claim", "true"))))
        .build();
  }

  /** Whether {@code client} (an Admin API representation) is a system client of the unit. */
  public static boolean belongsTo(JsonObject client, long unitId, String unitName) {
    JsonObject attributes = client.getJsonObject("attributes");
    return attributes != null
        && Long.toString(unitId).equals(attributes.getString(UNIT_ID, null))
        && unitName.equals(attributes.getString(UNIT_NAME, null))
        && client.getString("clientId", "").startsWith(prefix(unitId));
  }

  private static JsonObject claim(String name, String claim, String value, String type) {
    return mapper(
        name,
        "oidc-hardcoded-claim-mapper",
        Json.createObjectBuilder()
            .add("claim.name", claim)
            .add("claim.value", value)
            .add("jsonType.label", type)
            .add("id.token.claim", "false")
            .add("access.token.claim", "true")
            .add("userinfo.token.claim", "false")
            .add("introspection.token.claim", "true"));
  }

  private static JsonObject mapper(String name, String type, JsonObjectBuilder config) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("protocol", "openid-connect")
        .add("protocolMapper", type)
        .add("consentRequired", false)
        .add("config", config)
        .build();
  }
}
