package org.onewindow.identity.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.onewindow.crypto.sm2.Sm2PublicKey;

/**
 * The public half of the realm's audit signing key, as the realm publishes it ({@code
 * /realms/onewindow/onewindow-audit/key}): trusted as the realm's key set is for logout tokens.
 * Read again after {@link #MAX_AGE}, so a rotated key is taken up within minutes (the realm's
 * outbox retries meanwhile). Thread-safe.
 */
public final class RealmAuditKey {

  static final Duration MAX_AGE = Duration.ofMinutes(5);
  static final Duration MIN_REFRESH_INTERVAL = Duration.ofSeconds(10);

  private static final Logger LOG = Logger.getLogger(RealmAuditKey.class.getName());

  private final URI keyUri;
  private final Clock clock;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(3))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private Sm2PublicKey key;
  private Instant fetchedAt = Instant.EPOCH;
  private Instant triedAt = Instant.EPOCH;

  public RealmAuditKey(URI keyUri, Clock clock) {
    this.keyUri = keyUri;
    this.clock = clock;
  }

  /** The key, fetched when none is held or it is older than {@link #MAX_AGE}. */
  public synchronized Optional<Sm2PublicKey> current() {
    Instant now = clock.instant();
    boolean stale = key == null || now.isAfter(fetchedAt.plus(MAX_AGE));
    if (stale && now.isAfter(triedAt.plus(MIN_REFRESH_INTERVAL))) {
      triedAt = now;
      fetch()
          .ifPresent(
              fetched -> {
                key = fetched;
                fetchedAt = now;
              });
    }
    return Optional.ofNullable(key);
  }

  private Optional<Sm2PublicKey> fetch() {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(keyUri).timeout(Duration.ofSeconds(5)).GET().build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        LOG.warning("realm audit key: " + keyUri + " answered " + response.statusCode());
        return Optional.empty();
      }
      try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
        return Optional.of(Sm2PublicKey.fromPem(reader.readObject().getString("publicKey")));
      }
    } catch (IOException | RuntimeException e) {
      LOG.warning("realm audit key: cannot read " + keyUri + ": " + e);
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
