package org.onewindow.keycloak.hash;

import org.keycloak.Config;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.credential.hash.PasswordHashProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Registers {@code pbkdf2-sm3}. The default iteration count is calibrated so one hash costs no less
 * CPU than Keycloak 26's default hash (Argon2id, 7 MiB, 5 passes): see the README's identity
 * section for the measurement. Override with {@code
 * --spi-password-hashing--pbkdf2-sm3--iterations}.
 */
public class Pbkdf2Sm3PasswordHashProviderFactory implements PasswordHashProviderFactory {

  public static final String ID = "pbkdf2-sm3";

  /** Calibrated on this project's machines; see the README. */
  public static final int DEFAULT_ITERATIONS = 100_000;

  private int iterations = DEFAULT_ITERATIONS;

  @Override
  public PasswordHashProvider create(KeycloakSession session) {
    return new Pbkdf2Sm3PasswordHashProvider(iterations);
  }

  @Override
  public void init(Config.Scope config) {
    iterations = config.getInt("iterations", DEFAULT_ITERATIONS);
  }

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public void close() {}
}
