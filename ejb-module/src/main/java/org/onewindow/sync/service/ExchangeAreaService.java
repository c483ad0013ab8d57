package org.onewindow.sync.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the sync jobs exchange data (004 7.1), from system properties read at each call so an
 * operator's change takes effect at the next run:
 *
 * <ul>
 *   <li>{@value #EXCHANGE_DIR}: the exchange area's directory, default {@code
 *       ${jboss.server.data.dir}/onewindow-exchange}. Inbound files are taken from {@code
 *       inbound/<feed>/}, moved to {@code inbound/<feed>/done/} (or {@code refused/}); outbound
 *       batches are written to {@code outbound/<feed>/} (docs/wire-formats.md §8). In a cluster, a
 *       directory every node mounts.
 *   <li>{@value #UPPER_PLATFORM_URL}: the upper platform's batch endpoint (002 6.2 b–d); unset, the
 *       upward report refuses to run.
 * </ul>
 */
@Stateless
@PermitAll
public class ExchangeAreaService {

  public static final String EXCHANGE_DIR = "onewindow.sync.exchange-dir";
  public static final String UPPER_PLATFORM_URL = "onewindow.upper-platform.url";

  /** The exchange area's root directory. */
  public Path exchangeDirectory() {
    return directory();
  }

  /** The configured upper platform's endpoint, if any. */
  public Optional<URI> upperPlatform() {
    String url = System.getProperty(UPPER_PLATFORM_URL, "").strip();
    return url.isEmpty() ? Optional.empty() : Optional.of(URI.create(url));
  }

  private Path directory() {
    String configured = System.getProperty(EXCHANGE_DIR, "").strip();
    if (!configured.isEmpty()) {
      return Path.of(configured).toAbsolutePath();
    }
    String data = System.getProperty("jboss.server.data.dir", "").strip();
    if (data.isEmpty()) {
      throw new IllegalStateException("no exchange area: set " + EXCHANGE_DIR);
    }
    return Path.of(data, "onewindow-exchange").toAbsolutePath();
  }
}
