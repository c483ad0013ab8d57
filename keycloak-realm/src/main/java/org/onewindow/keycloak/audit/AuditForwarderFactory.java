package org.onewindow.keycloak.audit;

import java.time.Clock;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.onewindow.crypto.CryptoException;
import org.onewindow.crypto.sm2.Sm2PrivateKey;

/**
 * Registers the event listener {@value #ID} and runs its outbox.
 *
 * <p>Options ({@code --spi-events-listener--onewindow-audit--<name>}): {@code platform-url} (else
 * {@code ONEWINDOW_BASE_URL}, else {@code http://localhost:8080}), {@code realm} ({@code
 * onewindow}: whose stored events a catch-up reads), {@code capacity} (10000), {@code
 * catch-up-margin-seconds} (300), {@code backfill-days} (7: how far back the first catch-up of an
 * empty platform reaches). The key comes from {@code ONEWINDOW_AUDIT_SIGNING_KEY[_FILE]}; without
 * one nothing is forwarded and the log says so at start.
 */
public class AuditForwarderFactory implements EventListenerProviderFactory {

  public static final String ID = "onewindow-audit";

  private static final Logger LOG = Logger.getLogger(AuditForwarderFactory.class);

  private Config.Scope config;
  private AuditOutbox outbox;

  @Override
  public EventListenerProvider create(KeycloakSession session) {
    return outbox == null ? Unconfigured.INSTANCE : new AuditForwarder(outbox);
  }

  @Override
  public void init(Config.Scope config) {
    this.config = config;
  }

  @Override
  public void postInit(KeycloakSessionFactory factory) {
    Sm2PrivateKey key;
    try {
      key = AuditSigningKey.get();
    } catch (CryptoException e) {
      LOG.errorf(
          "identity events are NOT forwarded to the platform's audit trail: %s", e.getMessage());
      return;
    }
    String platform = config.get("platform-url", defaultPlatformUrl());
    outbox =
        new AuditOutbox(
            new PlatformAuditChannel(platform, key),
            new KeycloakStoredEvents(factory, config.get("realm", "onewindow")),
            config.getInt("capacity", 10_000),
            Duration.ofSeconds(1),
            Duration.ofSeconds(config.getInt("catch-up-margin-seconds", 300)),
            Duration.ofDays(config.getInt("backfill-days", 7)),
            Clock.systemUTC());
    outbox.start();
    LOG.infof("identity events are forwarded to %s%s", platform, PlatformAuditChannel.PATH);
  }

  private static String defaultPlatformUrl() {
    String base = System.getenv("ONEWINDOW_BASE_URL");
    return base == null || base.isBlank() ? "http://localhost:8080" : base;
  }

  @Override
  public void close() {
    if (outbox != null) {
      outbox.stop();
    }
  }

  @Override
  public String getId() {
    return ID;
  }

  /** Without a key: takes the events and drops them (the start-up log has said so). */
  private enum Unconfigured implements EventListenerProvider {
    INSTANCE;

    @Override
    public void onEvent(Event event) {}

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {}

    @Override
    public void close() {}
  }
}
