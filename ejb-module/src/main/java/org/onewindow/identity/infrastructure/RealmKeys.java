package org.onewindow.identity.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.onewindow.crypto.sm2.Sm2PublicKey;

/**
 * The realm's signature keys from its JWKS endpoint, by key id. A token naming an unknown key makes
 * it fetch again (the realm rotated its keys), at most once per {@link #MIN_REFRESH_INTERVAL}, so a
 * flood of forged key ids cannot turn the platform against the realm. Thread-safe.
 */
public final class RealmKeys {

  static final Duration MIN_REFRESH_INTERVAL = Duration.ofSeconds(10);

  private static final Logger LOG = Logger.getLogger(RealmKeys.class.getName());

  private final URI jwksUri;
  private final HttpClient http;
  private final Clock clock;
  private Map<String, RealmKey> keys = Map.of();
  private Instant lastFetch = Instant.EPOCH;

  public RealmKeys(URI jwksUri, Clock clock) {
    this.jwksUri = jwksUri;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  }

  /** The key with this id, fetching the JWKS again if it is unknown and the interval allows. */
  public synchronized Optional<RealmKey> find(String keyId) {
    RealmKey key = keys.get(keyId);
    if (key == null && clock.instant().isAfter(lastFetch.plus(MIN_REFRESH_INTERVAL))) {
      lastFetch = clock.instant();
      keys = fetch();
      key = keys.get(keyId);
    }
    return Optional.ofNullable(key);
  }

  private Map<String, RealmKey> fetch() {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(jwksUri).timeout(Duration.ofSeconds(5)).GET().build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        LOG.warning("realm keys: " + jwksUri + " answered " + response.statusCode());
        return keys;
      }
      try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
        return parse(reader.readObject());
      }
    } catch (IOException | RuntimeException e) {
      LOG.warning("realm keys: cannot read " + jwksUri + ": " + e);
      return keys;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return keys;
    }
  }

  /** The signature keys of a JWK set; keys of unknown types are skipped. */
  static Map<String, RealmKey> parse(JsonObject jwks) {
    Map<String, RealmKey> parsed = new HashMap<>();
    for (JsonValue value : jwks.getJsonArray("keys")) {
      JsonObject jwk = value.asJsonObject();
      if (!"sig".equals(jwk.getString("use", "sig")) || !jwk.containsKey("kid")) {
        continue;
      }
      toKey(jwk).ifPresent(key -> parsed.put(jwk.getString("kid"), key));
    }
    return Map.copyOf(parsed);
  }

  private static Optional<RealmKey> toKey(JsonObject jwk) {
    String algorithm = jwk.getString("alg", "");
    try {
      switch (jwk.getString("kty", "")) {
        case "RSA" -> {
          PublicKey key =
              KeyFactory.getInstance("RSA")
                  .generatePublic(new RSAPublicKeySpec(number(jwk, "n"), number(jwk, "e")));
          return Optional.of(new RealmKey.Jca(algorithm, key));
        }
        case "EC" -> {
          String curve = jwk.getString("crv", "");
          if ("SM2".equals(curve)) {
            byte[] point = uncompressedPoint(jwk);
            return Optional.of(new RealmKey.Sm2(algorithm, Sm2PublicKey.fromPoint(point)));
          }
          return nistCurve(curve).map(name -> ecKey(jwk, algorithm, name));
        }
        default -> {
          return Optional.empty();
        }
      }
    } catch (GeneralSecurityException | RuntimeException e) {
      LOG.warning("realm keys: skipping key " + jwk.getString("kid", "?") + ": " + e);
      return Optional.empty();
    }
  }

  private static RealmKey ecKey(JsonObject jwk, String algorithm, String curveName) {
    try {
      AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
      parameters.init(new ECGenParameterSpec(curveName));
      ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
      ECPoint point = new ECPoint(number(jwk, "x"), number(jwk, "y"));
      PublicKey key = KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, spec));
      return new RealmKey.Jca(algorithm, key);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static Optional<String> nistCurve(String crv) {
    return switch (crv) {
      case "P-256" -> Optional.of("secp256r1");
      case "P-384" -> Optional.of("secp384r1");
      case "P-521" -> Optional.of("secp521r1");
      default -> Optional.empty();
    };
  }

  private static byte[] uncompressedPoint(JsonObject jwk) {
    byte[] x = fixed(Base64.getUrlDecoder().decode(jwk.getString("x")));
    byte[] y = fixed(Base64.getUrlDecoder().decode(jwk.getString("y")));
    byte[] point = new byte[65];
    point[0] = 0x04;
    System.arraycopy(x, 0, point, 1, 32);
    System.arraycopy(y, 0, point, 33, 32);
    return point;
  }

  /** A coordinate as exactly 32 bytes, as RFC 7518 6.2.1.2 requires of a 256-bit curve. */
  private static byte[] fixed(byte[] coordinate) {
    if (coordinate.length != 32) {
      throw new IllegalArgumentException("an SM2 coordinate is 32 bytes");
    }
    return coordinate;
  }

  private static BigInteger number(JsonObject jwk, String member) {
    return new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString(member)));
  }
}
