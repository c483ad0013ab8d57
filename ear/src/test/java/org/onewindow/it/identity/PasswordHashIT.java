package org.onewindow.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.KeycloakAdmin;
import org.onewindow.it.support.Platform;

/**
 * The {@code pbkdf2-sm3} password hash provider in the real Keycloak: the realm's policy selects
 * it, demo users are hashed with it, and a user hashed otherwise logs in and is re-hashed. Keycloak
 * is the same for both database runs, so this runs once, in the H2 run.
 */
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
class PasswordHashIT {

  private final KeycloakAdmin admin = new KeycloakAdmin();

  @Test
  void theRealmPolicySelectsPbkdf2Sm3() {
    JsonObject realm = admin.get("").json();
    assertTrue(realm.getString("passwordPolicy").contains("hashAlgorithm(pbkdf2-sm3)"));
  }

  @Test
  void demoUsersAreHashedWithPbkdf2Sm3() {
    assertEquals("pbkdf2-sm3", passwordAlgorithm(admin.userId("developer")));
  }

  @Test
  void aUserHashedOtherwiseLogsInAndIsRehashed() throws Exception {
    String username = "legacy-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "Legacy#2026x";
    byte[] salt = new byte[16];
    new SecureRandom().nextBytes(salt);
    byte[] hash =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 27_500, 256))
            .getEncoded();
    String id =
        admin.createUser(
            username,
            null,
            KeycloakAdmin.hashedPassword(
                "pbkdf2-sha256", 27_500, salt, hash, System.currentTimeMillis()));
    try {
      assertEquals("pbkdf2-sha256", passwordAlgorithm(id));
      HttpJson.Reply login =
          HttpJson.postForm(
              Platform.REALM_URL + "/protocol/openid-connect/token",
              Map.of(
                  "grant_type",
                  "password",
                  "client_id",
                  "admin-cli",
                  "username",
                  username,
                  "password",
                  password));
      assertEquals(200, login.status(), login.body());
      assertEquals("pbkdf2-sm3", passwordAlgorithm(id));
    } finally {
      admin.delete("/users/" + id);
    }
  }

  private String passwordAlgorithm(String userId) {
    JsonArray credentials =
        Json.createReader(new StringReader(admin.get("/users/" + userId + "/credentials").body()))
            .readArray();
    for (int i = 0; i < credentials.size(); i++) {
      JsonObject credential = credentials.getJsonObject(i);
      if ("password".equals(credential.getString("type"))) {
        JsonObject data =
            Json.createReader(new StringReader(credential.getString("credentialData")))
                .readObject();
        return data.getString("algorithm");
      }
    }
    throw new AssertionError("no password credential for " + userId);
  }
}
