package org.onewindow.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A throw-away confidential client of realm onewindow for Keycloak-only tests: the browser logs in
 * through the real pages, Keycloak redirects to the realm's own discovery document (a page that
 * answers without WildFly and does nothing with the code), and the test exchanges the code from the
 * address bar for tokens. It carries the same real_name_level mapper as the console and portal.
 */
public final class OidcTestClient implements AutoCloseable {

  private static final String SECRET = "test-client-secret";
  private static final String CALLBACK = Platform.REALM_URL + "/.well-known/openid-configuration";

  private final KeycloakAdmin admin;
  private final String clientId = "it-client-" + UUID.randomUUID().toString().substring(0, 8);
  private final String id;

  public OidcTestClient(KeycloakAdmin admin) {
    this(admin, Map.of());
  }

  /** A client with these client attributes, e.g. {@code minimum.acr.value}. */
  public OidcTestClient(KeycloakAdmin admin, Map<String, String> attributes) {
    this.admin = admin;
    var attributeObject = Json.createObjectBuilder();
    attributes.forEach(attributeObject::add);
    String client =
        Json.createObjectBuilder()
            .add("clientId", clientId)
            .add("enabled", true)
            .add("publicClient", false)
            .add("secret", SECRET)
            .add("standardFlowEnabled", true)
            .add("directAccessGrantsEnabled", false)
            .add("redirectUris", Json.createArrayBuilder().add(CALLBACK))
            .add("attributes", attributeObject)
            .add(
                "protocolMappers",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("name", "real-name-level")
                            .add("protocol", "openid-connect")
                            .add("protocolMapper", "oidc-usermodel-attribute-mapper")
                            .add(
                                "config",
                                Json.createObjectBuilder()
                                    .add("user.attribute", "realNameLevel")
                                    .add("claim.name", "real_name_level")
                                    .add("jsonType.label", "int")
                                    .add("id.token.claim", "true")
                                    .add("access.token.claim", "true"))))
            .build()
            .toString();
    assertEquals(201, admin.post("/clients", client).status());
    id =
        Json.createReader(new StringReader(admin.get("/clients?clientId=" + clientId).body()))
            .readArray()
            .getJsonObject(0)
            .getString("id");
  }

  /** The authorization request, with extra parameters such as acr_values or claims. */
  public String authorizationUrl(Map<String, String> extra) {
    return endpoint("auth", extra);
  }

  /** The registration page for this client (Keycloak's /registrations endpoint). */
  public String registrationUrl() {
    return endpoint("registrations", Map.of());
  }

  private String endpoint(String path, Map<String, String> extra) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("client_id", clientId);
    query.put("response_type", "code");
    query.put("scope", "openid");
    query.put("redirect_uri", CALLBACK);
    query.putAll(extra);
    return Platform.REALM_URL
        + "/protocol/openid-connect/"
        + path
        + "?"
        + query.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
  }

  /** Whether the browser has come back from Keycloak with a code. */
  public static boolean isCallback(String url) {
    return url.startsWith(CALLBACK) && url.contains("code=");
  }

  /** The claims of the access token obtained with the code in {@code callbackUrl}. */
  public JsonObject accessTokenClaims(String callbackUrl) {
    assertTrue(isCallback(callbackUrl), callbackUrl);
    String code =
        Arrays.stream(URI.create(callbackUrl).getRawQuery().split("&"))
            .filter(p -> p.startsWith("code="))
            .map(p -> URLDecoder.decode(p.substring(5), StandardCharsets.UTF_8))
            .findFirst()
            .orElseThrow();
    HttpJson.Reply reply =
        HttpJson.postForm(
            Platform.REALM_URL + "/protocol/openid-connect/token",
            Map.of(
                "grant_type", "authorization_code",
                "code", code,
                "client_id", clientId,
                "client_secret", SECRET,
                "redirect_uri", CALLBACK));
    assertEquals(200, reply.status(), reply.body());
    String payload = reply.json().getString("access_token").split("\\.")[1];
    String json = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
    return Json.createReader(new StringReader(json)).readObject();
  }

  @Override
  public void close() {
    admin.delete("/clients/" + id);
  }
}
