package org.onewindow.keycloak.realname;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Registers {@code real-name-verification}. SPI options of the required-action SPI ({@code
 * --spi-required-action--real-name-verification--<option>}):
 *
 * <ul>
 *   <li>{@code verifier}: {@code http} (default: the production protocol of {@link
 *       HttpRealNameVerifier}) or {@code sandbox} (the SANDBOX registry; the demo and test script
 *       sets it).
 *   <li>{@code url}: the service's HTTPS address (http only). Without it every check fails closed.
 *   <li>{@code timeout}: seconds to wait for an answer (default 5).
 * </ul>
 *
 * The bearer secret comes from the environment, {@code ONEWINDOW_REAL_NAME_SECRET} or the file
 * named by {@code ONEWINDOW_REAL_NAME_SECRET_FILE}, never from the command line (it would show in
 * ps).
 */
public class RealNameVerificationRequiredActionFactory implements RequiredActionFactory {

  public static final String ID = "real-name-verification";
  static final String SANDBOX = "sandbox";
  static final String HTTP = "http";
  static final int DEFAULT_TIMEOUT_SECONDS = 5;

  private static final Logger LOG =
      Logger.getLogger(RealNameVerificationRequiredActionFactory.class);

  private RealNameVerifier verifier = new UnconfiguredRealNameVerifier();

  @Override
  public RequiredActionProvider create(KeycloakSession session) {
    return new RealNameVerificationRequiredAction(verifier);
  }

  @Override
  public void init(Config.Scope config) {
    String kind = config.get("verifier", HTTP);
    if (SANDBOX.equals(kind)) {
      LOG.warn(
          "real-name-verification uses the SANDBOX registry of fake identities: demo and tests"
              + " only, never production (set verifier=http and url)");
      verifier = new SandboxRealNameVerifier();
      return;
    }
    if (!HTTP.equals(kind)) {
      throw new IllegalArgumentException(
          "real-name-verification: verifier must be http or sandbox, not " + kind);
    }
    String url = config.get("url");
    if (url == null || url.isBlank()) {
      LOG.error(
          "real-name-verification: no url configured; every real-name check will fail until"
              + " --spi-required-action--real-name-verification--url is set");
      verifier = new UnconfiguredRealNameVerifier();
      return;
    }
    Duration timeout = Duration.ofSeconds(config.getInt("timeout", DEFAULT_TIMEOUT_SECONDS));
    verifier = new HttpRealNameVerifier(URI.create(url), secret(), timeout);
    LOG.infof("real-name-verification asks %s", url);
  }

  /** The bearer secret from the environment (or a file it names); empty if neither is set. */
  private static String secret() {
    String file = System.getenv("ONEWINDOW_REAL_NAME_SECRET_FILE");
    if (file != null && !file.isBlank()) {
      try {
        return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new IllegalStateException("cannot read ONEWINDOW_REAL_NAME_SECRET_FILE", e);
      }
    }
    String secret = System.getenv("ONEWINDOW_REAL_NAME_SECRET");
    if (secret == null || secret.isBlank()) {
      LOG.warn("real-name-verification: ONEWINDOW_REAL_NAME_SECRET is not set");
      return "";
    }
    return secret.strip();
  }

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public String getDisplayText() {
    return "Real-name verification (实名认证等级提升)";
  }

  @Override
  public void close() {}
}
