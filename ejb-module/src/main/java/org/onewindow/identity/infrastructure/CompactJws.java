package org.onewindow.identity.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.onewindow.identity.domain.LogoutTokenRejectedException;

/**
 * A JWS in compact serialisation (RFC 7515 7.1), split and decoded but not yet trusted.
 *
 * @param header the protected header
 * @param payload the claims
 * @param signingInput the ASCII bytes the signature covers: {@code header "." payload}
 * @param signature the signature bytes
 */
public record CompactJws(
    JsonObject header, JsonObject payload, byte[] signingInput, byte[] signature) {

  /** Longer input is no token the realm sends; refuse it before decoding anything. */
  static final int MAX_LENGTH = 16 * 1024;

  /**
   * Splits and decodes a token.
   *
   * @throws LogoutTokenRejectedException when it is not a compact JWS with JSON header and claims
   */
  public static CompactJws parse(String token) {
    if (token == null || token.isBlank()) {
      throw new LogoutTokenRejectedException("logout_token is missing");
    }
    if (token.length() > MAX_LENGTH) {
      throw new LogoutTokenRejectedException("logout_token is too long");
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      throw new LogoutTokenRejectedException("logout_token is not a compact JWS");
    }
    try {
      Base64.Decoder decoder = Base64.getUrlDecoder();
      JsonObject header = json(decoder.decode(parts[0]));
      JsonObject payload = json(decoder.decode(parts[1]));
      byte[] signingInput = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
      return new CompactJws(header, payload, signingInput, decoder.decode(parts[2]));
    } catch (IllegalArgumentException | JsonException | ClassCastException e) {
      throw new LogoutTokenRejectedException("logout_token is not a compact JWS");
    }
  }

  /** The {@code alg} header, or empty. */
  public String algorithm() {
    return header.getString("alg", "");
  }

  /** The {@code kid} header, or empty. */
  public String keyId() {
    return header.getString("kid", "");
  }

  private static JsonObject json(byte[] utf8) {
    try (JsonReader reader =
        Json.createReader(new StringReader(new String(utf8, StandardCharsets.UTF_8)))) {
      return reader.readObject();
    }
  }
}
