package org.onewindow.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

/** Tokens of the realm's service accounts, as a system calling the API would get them. */
public final class ServiceTokens {

  private ServiceTokens() {}

  /** The API's own service account (client credentials, role api-client). */
  public static String api() {
    HttpJson.Reply reply =
        HttpJson.postForm(
            Platform.REALM_URL + "/protocol/openid-connect/token",
            Map.of(
                "grant_type", "client_credentials",
                "client_id", "onewindow-api",
                "client_secret", "demo-api-secret"));
    assertEquals(200, reply.status(), reply.body());
    return reply.json().getString("access_token");
  }
}
