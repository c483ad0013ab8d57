package org.onewindow.keycloak.expiry;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Registers {@code admin-password-expiry}. Configuration (Keycloak SPI options of the
 * required-action SPI): {@code days} (default 90) and {@code roles} (comma-separated, default the
 * platform's administrative roles).
 */
public class AdminPasswordExpiryRequiredActionFactory implements RequiredActionFactory {

  public static final String ID = "admin-password-expiry";
  static final int DEFAULT_DAYS = 90;
  static final String DEFAULT_ROLES = "platform-admin,app-reviewer,filing-reviewer,unit-developer";

  private List<String> roles = split(DEFAULT_ROLES);
  private Duration maximumAge = Duration.ofDays(DEFAULT_DAYS);

  @Override
  public RequiredActionProvider create(KeycloakSession session) {
    return new AdminPasswordExpiryRequiredAction(roles, maximumAge, Clock.systemUTC());
  }

  @Override
  public void init(Config.Scope config) {
    maximumAge = Duration.ofDays(config.getInt("days", DEFAULT_DAYS));
    roles = split(config.get("roles", DEFAULT_ROLES));
  }

  private static List<String> split(String roles) {
    return Arrays.stream(roles.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
  }

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public String getDisplayText() {
    return "Administrator password expiry (管理员密码90天到期)";
  }

  @Override
  public void close() {}
}
