package org.onewindow.identity.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The realm's clients through Keycloak's Admin REST API, as the service account {@code
 * onewindow-identity} (client credentials; roles {@code view-clients} and {@code manage-clients} of
 * {@code realm-management}, nothing else: no users, no realm settings). Its access token is reused
 * until shortly before it lapses. Thread-safe.
 */
public final class RealmClientsApi {

  /** Keycloak refused or could not be asked; the message says which call and how. */
  public static final class RealmUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RealmUnavailableException(String message) {
      super(message);
    }
  }

  private final String realmUrl;
  private final String adminUrl;
  private final String clientId;
  private final String secret;
  private final Clock clock;
  private final HttpClient http;
  private String token;
  private Instant tokenExpires = Instant.EPOCH;

  /**
   * @param keycloakUrl the identity service's base address
   * @param realm the realm, {@code onewindow}
   * @param clientId the service account's client
   * @param secret its secret
   */
  public RealmClientsApi(
      String keycloakUrl, String realm, String clientId, String secret, Clock clock) {
    String base = keycloakUrl.replaceAll("/+$", "");
    this.realmUrl = base + "/realms/" + realm;
    this.adminUrl = base + "/admin/realms/" + realm;
    this.clientId = clientId;
    this.secret = secret;
    this.clock = clock;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** The client with this client id, as the Admin API represents it. */
  public Optional<JsonObject> find(String appClientId) {
    JsonArray found =
        (JsonArray)
            call(
                "GET",
                "/clients?clientId=" + URLEncoder.encode(appClientId, StandardCharsets.UTF_8),
                null,
                200);
    return found.stream()
        .map(value -> value.asJsonObject())
        .filter(client -> appClientId.equals(client.getString("clientId", null)))
        .findFirst();
  }

  /** Creates a client from its representation. */
  public void create(JsonObject client) {
    call("POST", "/clients", client, 201);
  }

  /** Replaces the client with this internal id by the representation. */
  public void update(String id, JsonObject client) {
    call("PUT", "/clients/" + URLEncoder.encode(id, StandardCharsets.UTF_8), client, 204);
  }

  /**
   * The clients whose client id contains {@code part} (Keycloak's search; the caller checks what it
   * found), at most 100.
   */
  public List<JsonObject> search(String part) {
    JsonArray found =
        (JsonArray)
            call(
                "GET",
                "/clients?search=true&max=100&clientId="
                    + URLEncoder.encode(part, StandardCharsets.UTF_8),
                null,
                200);
    return found.stream().map(value -> value.asJsonObject()).toList();
  }

  /** The current secret of the confidential client with this internal id. */
  public String secret(String id) {
    return ((JsonObject) call("GET", "/clients/" + encoded(id) + "/client-secret", null, 200))
        .getString("value");
  }

  /**
   * Gives the client with this internal id a new secret Keycloak makes, and answers it; the old one
   * stops working at once.
   */
  public String newSecret(String id) {
    return ((JsonObject) call("POST", "/clients/" + encoded(id) + "/client-secret", null, 200))
        .getString("value");
  }

  private static String encoded(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8);
  }

  private JsonStructure call(String method, String path, JsonObject body, int expected) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(adminUrl + path))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", "Bearer " + token())
            .header("Accept", "application/json");
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    }
    HttpResponse<String> response = send(request.build(), method + " " + path);
    if (response.statusCode() != expected) {
      throw new RealmUnavailableException(
          method + " " + path + " answered " + response.statusCode());
    }
    return response.body().isBlank() ? null : parse(response.body());
  }

  private synchronized String token() {
    if (token == null || clock.instant().isAfter(tokenExpires)) {
      String form =
          "grant_type=client_credentials&client_id="
              + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
              + "&client_secret="
              + URLEncoder.encode(secret, StandardCharsets.UTF_8);
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build();
      HttpResponse<String> response = send(request, "token");
      if (response.statusCode() != 200) {
        throw new RealmUnavailableException(
            "the service account " + clientId + " got no token: " + response.statusCode());
      }
      JsonObject answer = (JsonObject) parse(response.body());
      token = answer.getString("access_token");
      // Renewed 30 s early, so no call starts with a token about to lapse.
      tokenExpires = clock.instant().plusSeconds(Math.max(0, answer.getInt("expires_in", 60) - 30));
    }
    return token;
  }

  private HttpResponse<String> send(HttpRequest request, String what) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new RealmUnavailableException(what + ": Keycloak unreachable: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RealmUnavailableException(what + ": interrupted");
    }
  }

  private static JsonStructure parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.read();
    }
  }
}
