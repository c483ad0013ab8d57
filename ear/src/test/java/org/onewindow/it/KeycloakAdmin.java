package org.onewindow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The real Keycloak's Admin REST API, as the master realm's demo administrator (admin/admin). */
final class KeycloakAdmin {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final String token;

  KeycloakAdmin() {
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
  HttpJson.Reply get(String path) {
    return HttpJson.get(Platform.KEYCLOAK_URL + "/admin/realms/onewindow" + path, token);
  }

  /** POST /admin/realms/onewindow{path} with a JSON body. */
  HttpJson.Reply post(String path, String json) {
    return HttpJson.postJson(Platform.KEYCLOAK_URL + "/admin/realms/onewindow" + path, token, json);
  }

  /** DELETE /admin/realms/onewindow{path}. */
  int delete(String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(Platform.KEYCLOAK_URL + "/admin/realms/onewindow" + path))
            .header("Authorization", "Bearer " + token)
            .DELETE()
            .build();
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
