package org.onewindow.identity.domain;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.onewindow.crypto.sm2.Sm2PrivateKey;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.crypto.sm2.Sm2Signature;

/**
 * The token of an enterprise or personal code (企业/个人码, 000 8.1.2 k): who holds it, masked, and for
 * how long it stands, signed by the platform with SM2. Specified in {@code docs/wire-formats.md}
 * ("Holder code token"):
 *
 * <pre>
 * OWC1.&lt;Base64url(payload)&gt;.&lt;Base64url(DER SM2 signature over the payload bytes)&gt;
 * </pre>
 *
 * The payload is UTF-8 text, one {@code name=value} a line, each line ended by LF, in this fixed
 * order after the format line {@value #FORMAT}: {@code keyId}, {@code tokenId}, {@code kind},
 * {@code holder}, {@code name}, {@code level}, {@code issuedAt}, {@code expiresAt}. The signature
 * covers the payload's bytes exactly as carried, so a reader never rebuilds what was signed. No ID
 * number and no name in clear: {@code name} is masked (000 示例8, 张**), {@code holder} a pseudonym.
 */
public final class HolderCodeToken {

  /** The first payload line: the format and its version. */
  public static final String FORMAT = "onewindow-holder-code/1";

  /** The token's prefix: code token, version 1. */
  public static final String PREFIX = "OWC1.";

  /** A token longer than this is no token of ours (the real ones are about 400 characters). */
  public static final int MAX_LENGTH = 1024;

  private static final List<String> NAMES =
      List.of("keyId", "tokenId", "kind", "holder", "name", "level", "issuedAt", "expiresAt");

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private static final DateTimeFormatter SECONDS_UTC =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private HolderCodeToken() {}

  /** Who holds a code: a person or an enterprise's agent. */
  public enum Kind {
    PERSON,
    ENTERPRISE
  }

  /**
   * What a token says.
   *
   * @param keyId the platform key that signed it
   * @param tokenId 16 random bytes, Base64url: what a verifier remembers to refuse a replay
   * @param holder a pseudonym of the holder's account (Base64url, the first 16 bytes of SM3 over
   *     the format line and the account's subject), the same on every code of one holder
   * @param maskedName the holder's name as 000 示例8 masks it
   * @param level the holder's real-name level (1 to 4)
   */
  public record Claims(
      String keyId,
      String tokenId,
      Kind kind,
      String holder,
      String maskedName,
      int level,
      Instant issuedAt,
      Instant expiresAt) {

    /** How long it stands. */
    public Duration lifetime() {
      return Duration.between(issuedAt, expiresAt);
    }
  }

  /** The payload's bytes: what the signature covers. */
  public static byte[] payload(Claims claims) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("keyId", id(claims.keyId()));
    values.put("tokenId", id(claims.tokenId()));
    values.put("kind", claims.kind().name());
    values.put("holder", id(claims.holder()));
    values.put("name", line(claims.maskedName()));
    values.put("level", Integer.toString(claims.level()));
    values.put("issuedAt", SECONDS_UTC.format(claims.issuedAt()));
    values.put("expiresAt", SECONDS_UTC.format(claims.expiresAt()));
    StringBuilder text = new StringBuilder(FORMAT).append('\n');
    values.forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The token: the payload signed with {@code key}. */
  public static String sign(Sm2PrivateKey key, Claims claims) {
    byte[] payload = payload(claims);
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    return PREFIX
        + base64.encodeToString(payload)
        + "."
        + base64.encodeToString(Sm2Signature.sign(key, payload));
  }

  /**
   * A token taken apart: its claims as written and its signature, not yet verified. Empty when it
   * is not in this format at all (wrong prefix, parts, Base64url, lines, names, order or values).
   */
  public static Optional<Parsed> parse(String token) {
    if (token == null || token.length() > MAX_LENGTH || !token.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String[] parts = token.substring(PREFIX.length()).split("\\.", -1);
    if (parts.length != 2) {
      return Optional.empty();
    }
    try {
      byte[] payload = Base64.getUrlDecoder().decode(parts[0]);
      byte[] signature = Base64.getUrlDecoder().decode(parts[1]);
      return claims(payload).map(claims -> new Parsed(claims, payload, signature));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** A token taken apart. */
  public record Parsed(Claims claims, byte[] payload, byte[] signature) {

    /** Whether {@code key} made the signature over the payload. */
    public boolean signedBy(Sm2PublicKey key) {
      return Sm2Signature.verify(key, payload, signature);
    }
  }

  private static Optional<Claims> claims(byte[] payload) {
    String text = new String(payload, StandardCharsets.UTF_8);
    if (!text.endsWith("\n")
        || !java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), payload)) {
      return Optional.empty(); // not UTF-8 as written: never read it differently from its bytes
    }
    String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
    if (lines.length != NAMES.size() + 1 || !lines[0].equals(FORMAT)) {
      return Optional.empty();
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < NAMES.size(); i++) {
      String line = lines[i + 1];
      String name = NAMES.get(i);
      if (!line.startsWith(name + "=")) {
        return Optional.empty();
      }
      values.put(name, line.substring(name.length() + 1));
    }
    try {
      Kind kind = Kind.valueOf(values.get("kind"));
      int level = Integer.parseInt(values.get("level"));
      if (level < 1 || level > 4) {
        return Optional.empty();
      }
      for (String id : List.of("keyId", "tokenId", "holder")) {
        if (!ID.matcher(values.get(id)).matches()) {
          return Optional.empty();
        }
      }
      return Optional.of(
          new Claims(
              values.get("keyId"),
              values.get("tokenId"),
              kind,
              values.get("holder"),
              values.get("name"),
              level,
              Instant.from(SECONDS_UTC.parse(values.get("issuedAt"))),
              Instant.from(SECONDS_UTC.parse(values.get("expiresAt")))));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String id(String value) {
    if (value == null || !ID.matcher(value).matches()) {
      throw new IllegalArgumentException("not an identifier of the token: " + value);
    }
    return value;
  }

  /** A value must stay on its line: what could end a line early is refused, never escaped. */
  private static String line(String value) {
    if (value == null
        || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029)) {
      throw new IllegalArgumentException("a token value holds a line break or control character");
    }
    return value;
  }
}
