package org.onewindow.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** The real Keycloak's Admin REST API, as the master realm's demo administrator (admin/admin). */
public final class KeycloakAdmin {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final String token;

  public KeycloakAdmin() {
    HttpJson.Reply reply =
        HttpJson.postForm(
            Platform.KEYCLOAK_URL + "/realms/master/protocol/openid-connect/token",
            Map.of(
                "grant_type", "password",
                "client_id", "admin-cli",
                "username", "admin",
                "password", "admin"));
    assertEquals(200, reply.status(), reply.body());
    token = reply.json().getString("access_token");
  }

  /** GET /admin/realms/onewindow{path}. */
  public HttpJson.Reply get(String path) {
    return HttpJson.get(Platform.KEYCLOAK_URL + "/admin/realms/onewindow" + path, token);
  }

  /** POST /admin/realms/onewindow{path} with a JSON body. */
  public HttpJson.Reply post(String path, String json) {
    return HttpJson.postJson(Platform.KEYCLOAK_URL + "/admin/realms/onewindow" + path, token, json);
  }

  /**
   * Creates an enabled user of realm onewindow with its credentials and, unless null, one realm
   * role (creation itself ignores {@code realmRoles}: roles go through the role mappings).
   */
  public String createUser(String username, String role, JsonObject... credentials) {
    return createUser(user(username, "测试", "用户").build(), role, credentials);
  }

  /**
   * Creates {@code user} (a user representation: username, names, attributes) with its credentials
   * and, unless null, one realm role; its id.
   */
  public String createUser(JsonObject user, String role, JsonObject... credentials) {
    var credentialArray = Json.createArrayBuilder();
    for (JsonObject credential : credentials) {
      credentialArray.add(credential);
    }
    String representation =
        Json.createObjectBuilder(user).add("credentials", credentialArray).build().toString();
    HttpJson.Reply created = post("/users", representation);
    assertEquals(201, created.status(), created.body());
    String username = user.getString("username");
    String id = userId(username);
    if (role != null) {
      JsonObject found = get("/roles/" + role).json();
      String mapping =
          Json.createArrayBuilder()
              .add(
                  Json.createObjectBuilder()
                      .add("id", found.getString("id"))
                      .add("name", found.getString("name")))
              .build()
              .toString();
      assertEquals(204, post("/users/" + id + "/role-mappings/realm", mapping).status());
    }
    return id;
  }

  /** An enabled user representation with a verified address, to add attributes to. */
  public static jakarta.json.JsonObjectBuilder user(
      String username, String firstName, String lastName) {
    return Json.createObjectBuilder()
        .add("username", username)
        .add("enabled", true)
        .add("emailVerified", true)
        .add("firstName", firstName)
        .add("lastName", lastName)
        .add("email", username + "@demo.onewindow.local");
  }

  /** A plain password credential, hashed by Keycloak with the realm's policy. */
  public static JsonObject password(String value) {
    return Json.createObjectBuilder()
        .add("type", "password")
        .add("value", value)
        .add("temporary", false)
        .build();
  }

  /**
   * A TOTP credential of {@code base32Secret} with the realm's policy (HMAC-SHA1, 6 digits, 30 s),
   * as the realm JSON gives the demo administrators theirs: the test knows the secret, so it makes
   * the codes itself ({@link Totp}).
   */
  public static JsonObject otp(String base32Secret) {
    return Json.createObjectBuilder()
        .add("type", "otp")
        .add("userLabel", "test")
        .add("secretData", Json.createObjectBuilder().add("value", base32Secret).build().toString())
        .add(
            "credentialData",
            Json.createObjectBuilder()
                .add("subType", "totp")
                .add("digits", 6)
                .add("counter", 0)
                .add("period", Totp.PERIOD_SECONDS)
                .add("algorithm", "HmacSHA1")
                .add("secretEncoding", "BASE32")
                .build()
                .toString())
        .build();
  }

  /** A password credential already hashed elsewhere, as Keycloak exports one. */
  public static JsonObject hashedPassword(
      String algorithm, int iterations, byte[] salt, byte[] hash, long createdDate) {
    String secretData =
        Json.createObjectBuilder()
            .add("value", Base64.getEncoder().encodeToString(hash))
            .add("salt", Base64.getEncoder().encodeToString(salt))
            .add("additionalParameters", Json.createObjectBuilder())
            .build()
            .toString();
    String credentialData =
        Json.createObjectBuilder()
            .add("hashIterations", iterations)
            .add("algorithm", algorithm)
            .add("additionalParameters", Json.createObjectBuilder())
            .build()
            .toString();
    return Json.createObjectBuilder()
        .add("type", "password")
        .add("createdDate", createdDate)
        .add("secretData", secretData)
        .add("credentialData", credentialData)
        .build();
  }

  public String userId(String username) {
    JsonArray users =
        Json.createReader(new StringReader(get("/users?exact=true&username=" + username).body()))
            .readArray();
    return users.getJsonObject(0).getString("id");
  }

  /** PUT /admin/realms/onewindow{path} with a JSON body; the status. */
  public int put(String path, String json) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(Platform.KEYCLOAK_URL + "/admin/realms/onewindow" + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build();
    return send(request);
  }

  /** The user's realNameLevel attribute as the Admin API shows it, or null. */
  public String realNameLevel(String userId) {
    JsonObject attributes = get("/users/" + userId).json().getJsonObject("attributes");
    return attributes == null || !attributes.containsKey("realNameLevel")
        ? null
        : attributes.getJsonArray("realNameLevel").getString(0);
  }

  /** Sets the user's realNameLevel, as an administrator does in the admin console. */
  public void setRealNameLevel(String userId, int level) {
    JsonObject user = get("/users/" + userId).json();
    JsonObject attributes =
        Json.createObjectBuilder(
                user.containsKey("attributes")
                    ? user.getJsonObject("attributes")
                    : JsonObject.EMPTY_JSON_OBJECT)
            .add("realNameLevel", Json.createArrayBuilder().add(Integer.toString(level)))
            .build();
    String updated =
        Json.createObjectBuilder(user).add("attributes", attributes).build().toString();
    assertEquals(204, put("/users/" + userId, updated));
  }

  /**
   * Disables the user, as an administrator does in the admin console (the whole representation).
   */
  public void disable(String userId) {
    JsonObject user = get("/users/" + userId).json();
    String updated = Json.createObjectBuilder(user).add("enabled", false).build().toString();
    assertEquals(204, put("/users/" + userId, updated));
  }

  /** Creates a realm from its full representation (POST /admin/realms); the status. */
  public int createRealm(String representation) {
    return HttpJson.postJson(Platform.KEYCLOAK_URL + "/admin/realms", token, representation)
        .status();
  }

  /** Deletes a realm other than onewindow (DELETE /admin/realms/{realm}); the status. */
  public int deleteRealm(String realm) {
    if ("onewindow".equals(realm)) {
      throw new IllegalArgumentException("the platform's realm is never deleted by a test");
    }
    return send(
        HttpRequest.newBuilder(URI.create(Platform.KEYCLOAK_URL + "/admin/realms/" + realm))
            .header("Authorization", "Bearer " + token)
            .DELETE()
            .build());
  }

  /** DELETE /admin/realms/onewindow{path}. */
  public int delete(String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(Platform.KEYCLOAK_URL + "/admin/realms/onewindow" + path))
            .header("Authorization", "Bearer " + token)
            .DELETE()
            .build();
    return send(request);
  }

  private static int send(HttpRequest request) {
    try {
      return CLIENT
          .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
          .statusCode();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
