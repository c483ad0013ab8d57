package org.onewindow.crypto.signing;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import org.onewindow.crypto.CryptoException;
import org.onewindow.crypto.Sm3;

/**
 * The text an interface call's SM2 signature covers (000 9.4.4 a): seven lines joined by {@code
 * '\n'}, with no trailing newline, signed as UTF-8 (it is all ASCII):
 *
 * <pre>
 *   METHOD             upper-case: GET
 *   /canonical/path    decoded, ASCII letters lower-cased, re-encoded per RFC 3986
 *   canonical query    name=value pairs re-encoded per RFC 3986, sorted by name then value,
 *                      joined by '&amp;'; an empty line when there is none
 *   body digest        SM3 of the body in lower-case hex; an empty body has SM3("")
 *   timestamp          epoch milliseconds in decimal: X-OW-Timestamp
 *   nonce              X-OW-Nonce
 *   app key            X-OW-App-Key
 * </pre>
 *
 * <p>Why these choices: the path is lower-cased because gateways and the platform's router treat
 * paths case-insensitively, so a signature must survive a proxy that changes case; the price is
 * that {@code /api/Users} and {@code /api/users} share signatures, which the single-use nonce makes
 * harmless. Percent-encoding is normalised because clients and servers disagree about which
 * characters to escape and in which hex case. The timestamp is epoch milliseconds rather than
 * ISO-8601, since an integer has one spelling and every language reads it. The canonical request
 * carries the nonce and the app key, so neither header can be swapped without breaking the
 * signature. Percent-encoding works on bytes: an escape is decoded to its byte, any other character
 * to its UTF-8 bytes, {@code '+'} in the query to a space, and every byte outside {@code A-Z a-z
 * 0-9 - . _ ~} is written {@code %XX} in upper-case hex.
 */
public final class CanonicalRequest {

  static final int MAX_APP_KEY_LENGTH = 128;
  static final int MIN_NONCE_LENGTH = 16;
  static final int MAX_NONCE_LENGTH = 64;

  private final String text;

  private CanonicalRequest(String text) {
    this.text = text;
  }

  /**
   * @throws CryptoException for a method that is not letters, a malformed path or query, or an app
   *     key, timestamp or nonce outside their formats
   */
  public static CanonicalRequest of(
      RequestParts request, String appKey, long timestampMillis, String nonce) {
    if (!isValidAppKey(appKey)) {
      throw new CryptoException("an app key is 1..128 printable ASCII characters");
    }
    if (!isValidNonce(nonce)) {
      throw new CryptoException("a nonce is 16..64 characters of A-Z a-z 0-9 - . _ ~");
    }
    if (timestampMillis < 0) {
      throw new CryptoException("a timestamp is epoch milliseconds, not negative");
    }
    String text =
        String.join(
            "\n",
            canonicalMethod(request.method()),
            PercentEncoding.canonicalPath(request.rawPath()),
            PercentEncoding.canonicalQuery(request.rawQuery()),
            HexFormat.of().formatHex(Sm3.digest(request.body())),
            Long.toString(timestampMillis),
            nonce,
            appKey);
    return new CanonicalRequest(text);
  }

  /** The canonical text, for logging when a peer's signature does not verify. */
  public String text() {
    return text;
  }

  byte[] bytes() {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return text;
  }

  /** 1..128 printable ASCII characters, so that it cannot break a line of the canonical text. */
  static boolean isValidAppKey(String appKey) {
    return appKey != null
        && !appKey.isEmpty()
        && appKey.length() <= MAX_APP_KEY_LENGTH
        && appKey.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
  }

  /** 16..64 unreserved characters (RFC 3986 2.3): room for a UUID or 128 random bits. */
  static boolean isValidNonce(String nonce) {
    return nonce != null
        && nonce.length() >= MIN_NONCE_LENGTH
        && nonce.length() <= MAX_NONCE_LENGTH
        && nonce
            .chars()
            .allMatch(
                c ->
                    (c >= 'A' && c <= 'Z')
                        || (c >= 'a' && c <= 'z')
                        || (c >= '0' && c <= '9')
                        || c == '-'
                        || c == '.'
                        || c == '_'
                        || c == '~');
  }

  private static String canonicalMethod(String method) {
    if (method.isEmpty()
        || method.length() > 32
        || !method.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
      throw new CryptoException("an HTTP method is 1..32 ASCII letters");
    }
    return method.toUpperCase(Locale.ROOT);
  }
}
