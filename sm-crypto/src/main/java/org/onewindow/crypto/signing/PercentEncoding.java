package org.onewindow.crypto.signing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.onewindow.crypto.CryptoException;

/**
 * Percent-encoding of RFC 3986 2.1 for the canonical request. Canonical forms are built on bytes:
 * an escape is decoded to its byte, any other character to its UTF-8 bytes, and every byte outside
 * the unreserved set ({@code A-Z a-z 0-9 - . _ ~}) is written as {@code %XX} with upper-case hex.
 * So {@code /a/é}, {@code /a/%C3%A9} and {@code /a/%c3%a9} all canonicalise alike, and bytes that
 * are not UTF-8 (a GBK peer) still have exactly one canonical form.
 */
final class PercentEncoding {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PercentEncoding() {}

  /**
   * The canonical path: each {@code '/'}-separated segment decoded, lower-cased (ASCII letters
   * only, so every SDK in every language agrees) and re-encoded. An empty path is {@code "/"}.
   */
  static String canonicalPath(String rawPath) {
    if (rawPath == null || rawPath.isEmpty()) {
      return "/";
    }
    if (rawPath.charAt(0) != '/') {
      throw new CryptoException("a request path starts with '/'");
    }
    StringBuilder out = new StringBuilder(rawPath.length());
    String[] segments = rawPath.split("/", -1);
    for (int i = 1; i < segments.length; i++) {
      byte[] segment = decode(segments[i], false);
      for (int j = 0; j < segment.length; j++) {
        if (segment[j] >= 'A' && segment[j] <= 'Z') {
          segment[j] += 'a' - 'A';
        }
      }
      out.append('/').append(encode(segment));
    }
    return out.toString();
  }

  /**
   * The canonical query: {@code name=value} pairs, both decoded ({@code '+'} as a space, as HTML
   * forms and servlet containers read it) and re-encoded, sorted by encoded name and then encoded
   * value, joined by {@code '&'}. A name without {@code '='} has the empty value; empty pairs
   * ({@code a=1&&b=2}) are dropped. No query is the empty string.
   */
  static String canonicalQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String[]> pairs = new ArrayList<>();
    for (String pair : rawQuery.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      pairs.add(new String[] {encode(decode(name, true)), encode(decode(value, true))});
    }
    // Encoded strings are ASCII, so this is byte order: the same in every language.
    pairs.sort(
        Comparator.<String[], String>comparing(pair -> pair[0]).thenComparing(pair -> pair[1]));
    StringBuilder out = new StringBuilder(rawQuery.length());
    for (String[] pair : pairs) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(pair[0]).append('=').append(pair[1]);
    }
    return out.toString();
  }

  /** Percent-encodes every byte outside the unreserved set. */
  static String encode(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      int c = b & 0xff;
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  /**
   * Decodes {@code %XX} escapes to bytes and other characters to UTF-8.
   *
   * @throws CryptoException for a broken escape or a lone surrogate
   */
  static byte[] decode(String raw, boolean plusIsSpace) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '%') {
        int high = i + 2 < raw.length() ? hexDigit(raw.charAt(i + 1)) : -1;
        int low = high >= 0 ? hexDigit(raw.charAt(i + 2)) : -1;
        if (low < 0) {
          throw new CryptoException("a '%' must start an escape of two hex digits");
        }
        out.write(high << 4 | low);
        i += 3;
      } else if (c == '+' && plusIsSpace) {
        out.write(' ');
        i++;
      } else {
        int codePoint = raw.codePointAt(i);
        if (Character.getType(codePoint) == Character.SURROGATE) {
          throw new CryptoException("a lone surrogate has no UTF-8 encoding");
        }
        out.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(codePoint);
      }
    }
    return out.toByteArray();
  }

  /** ASCII hex only: {@link Character#digit} would also take full-width and other digits. */
  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
  }
}
