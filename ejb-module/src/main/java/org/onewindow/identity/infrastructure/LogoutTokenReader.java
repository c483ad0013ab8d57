package org.onewindow.identity.infrastructure;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.onewindow.identity.domain.LogoutToken;
import org.onewindow.identity.domain.LogoutTokenRejectedException;

/**
 * Turns a logout token into its claims once the realm's signature on it holds (Back-Channel Logout
 * 1.0, 2.6 steps 1–3): the signature is checked before any claim is believed.
 */
public final class LogoutTokenReader {

  private final RealmKeys keys;

  public LogoutTokenReader(RealmKeys keys) {
    this.keys = keys;
  }

  /**
   * @throws LogoutTokenRejectedException when the token is malformed or not signed by the realm
   */
  public LogoutToken read(String token) {
    CompactJws jws = CompactJws.parse(token);
    if (jws.algorithm().isEmpty() || "none".equalsIgnoreCase(jws.algorithm())) {
      throw new LogoutTokenRejectedException("logout_token is not signed");
    }
    RealmKey key =
        keys.find(jws.keyId())
            .orElseThrow(() -> new LogoutTokenRejectedException("signed by an unknown key"));
    if (!key.algorithm().equals(jws.algorithm())) {
      throw new LogoutTokenRejectedException("alg does not match the realm's key");
    }
    if (!key.verifies(jws.signingInput(), jws.signature())) {
      throw new LogoutTokenRejectedException("signature does not verify");
    }
    return claims(jws.payload());
  }

  static LogoutToken claims(JsonObject claims) {
    try {
      JsonNumber iat = claims.getJsonNumber("iat");
      if (iat == null) {
        throw new LogoutTokenRejectedException("iat is missing");
      }
      JsonValue events = claims.get("events");
      boolean logoutEvent =
          events instanceof JsonObject object && object.containsKey(LogoutToken.LOGOUT_EVENT);
      return new LogoutToken(
          claims.getString("iss", ""),
          audience(claims.get("aud")),
          text(claims, "sub"),
          text(claims, "sid"),
          Instant.ofEpochSecond(iat.longValueExact()),
          logoutEvent,
          claims.containsKey("nonce"));
    } catch (ArithmeticException | ClassCastException e) {
      throw new LogoutTokenRejectedException("logout_token claims are malformed");
    }
  }

  private static List<String> audience(JsonValue aud) {
    if (aud instanceof JsonString single) {
      return List.of(single.getString());
    }
    if (aud instanceof JsonArray many) {
      return many.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
    return List.of();
  }

  private static Optional<String> text(JsonObject claims, String name) {
    JsonValue value = claims.get(name);
    return value instanceof JsonString string && !string.getString().isBlank()
        ? Optional.of(string.getString())
        : Optional.empty();
  }
}
