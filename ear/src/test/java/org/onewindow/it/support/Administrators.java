package org.onewindow.it.support;

import jakarta.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Makes a test class's own administrators through Keycloak's Admin API and deletes them after the
 * class. Register it on a static field:
 *
 * <pre>
 * {@code @RegisterExtension static final Administrators administrators = new Administrators();}
 * </pre>
 *
 * <p>Each administrator has a TOTP secret of its own, so a test never shares one-time codes with
 * another test or with the H2 and PostgreSQL runs (which share one Keycloak), and never waits for
 * the next 30 s step: the realm's OTP policy (one use per code, look-ahead window 1) stays as it
 * ships. A developer belongs to the access unit its test made ({@code accessUnit}, carried as the
 * {@code access_unit} claim), never to a demo unit.
 */
public final class Administrators implements AfterAllCallback {

  private final List<String> made = new ArrayList<>();

  /** A platform administrator ({@code platform-admin}). */
  public Administrator platformAdmin() {
    return make("platform-admin", null);
  }

  /** A platform reviewer of apps and interfaces ({@code app-reviewer}). */
  public Administrator reviewer() {
    return make("app-reviewer", null);
  }

  /** A filing reviewer ({@code filing-reviewer}). */
  public Administrator filingReviewer() {
    return make("filing-reviewer", null);
  }

  /** A developer of the access unit named {@code unitName} ({@code unit-developer}). */
  public Administrator developerOf(String unitName) {
    return make("unit-developer", unitName);
  }

  private synchronized Administrator make(String role, String accessUnit) {
    String username = "it-" + role + "-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "It#" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "x9";
    String secret = Totp.newSecret();
    var attributes =
        Json.createObjectBuilder().add("realNameLevel", Json.createArrayBuilder().add("3"));
    if (accessUnit != null) {
      attributes.add("accessUnit", Json.createArrayBuilder().add(accessUnit));
    }
    new KeycloakAdmin()
        .createUser(
            KeycloakAdmin.user(username, "建国", "王").add("attributes", attributes).build(),
            role,
            KeycloakAdmin.password(password),
            KeycloakAdmin.otp(secret));
    made.add(username);
    return new Administrator(username, password, secret);
  }

  @Override
  public synchronized void afterAll(ExtensionContext context) {
    if (made.isEmpty()) {
      return;
    }
    KeycloakAdmin admin = new KeycloakAdmin();
    for (String username : made) {
      admin.delete("/users/" + admin.userId(username));
    }
    made.clear();
  }
}
