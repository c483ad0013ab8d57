package org.onewindow.crypto.ticket;

import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.onewindow.crypto.CryptoException;

/**
 * The claims of a version 2 ticket: one UTF-8 JSON object (RFC 8259) whose members are all strings,
 * so that an app in any language reads them with its own JSON parser. The platform writes the
 * members in ascending name order, without whitespace, escaping only what JSON requires ({@code "},
 * {@code \}, and control characters, the latter as {@code \}{@code u00XX} except the five short
 * forms); an opener accepts any valid JSON object of string members with no name twice. Lone
 * surrogates, in the text or escaped, are refused both ways: a lossy decoding would let the app
 * read something other than what was sealed.
 */
final class JsonClaims {

  private JsonClaims() {}

  static byte[] encode(Map<String, String> claims) {
    for (Map.Entry<String, String> claim : claims.entrySet()) {
      if (claim.getKey() == null || claim.getValue() == null) {
        throw new CryptoException("a claim needs a name and a value");
      }
    }
    StringBuilder json = new StringBuilder("{");
    for (Map.Entry<String, String> claim : new TreeMap<>(claims).entrySet()) {
      if (claim.getKey().isEmpty()) {
        throw new CryptoException("a claim name is not empty");
      }
      if (json.length() > 1) {
        json.append(',');
      }
      quote(claim.getKey(), json).append(':');
      quote(claim.getValue(), json);
    }
    return StrictUtf8.encode(json.append('}').toString());
  }

  /** The claims in document order, or {@code null} if {@code bytes} is not such an object. */
  static Map<String, String> decode(byte[] bytes) {
    String text = StrictUtf8.decode(ByteBuffer.wrap(bytes));
    if (text == null) {
      return null;
    }
    return new Reader(text).object();
  }

  private static StringBuilder quote(String value, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }

  /** A strict reader of exactly one JSON object of string members, and nothing after it. */
  private static final class Reader {
    private final String text;
    private int at;

    Reader(String text) {
      this.text = text;
    }

    Map<String, String> object() {
      Map<String, String> claims = new LinkedHashMap<>();
      skipSpace();
      if (!take('{')) {
        return null;
      }
      skipSpace();
      if (!take('}')) {
        do {
          skipSpace();
          String name = string();
          skipSpace();
          if (name == null || name.isEmpty() || !take(':')) {
            return null;
          }
          skipSpace();
          String value = string();
          if (value == null || claims.putIfAbsent(name, value) != null) {
            return null;
          }
          skipSpace();
        } while (take(','));
        if (!take('}')) {
          return null;
        }
      }
      skipSpace();
      return at == text.length() ? Collections.unmodifiableMap(claims) : null;
    }

    private String string() {
      if (!take('"')) {
        return null;
      }
      StringBuilder value = new StringBuilder();
      while (at < text.length()) {
        char c = text.charAt(at++);
        if (c == '"') {
          return wellFormed(value) ? value.toString() : null;
        }
        if (c < 0x20) {
          return null;
        }
        if (c != '\\') {
          value.append(c);
          continue;
        }
        if (at >= text.length()) {
          return null;
        }
        char escaped = text.charAt(at++);
        switch (escaped) {
          case '"', '\\', '/' -> value.append(escaped);
          case 'b' -> value.append('\b');
          case 'f' -> value.append('\f');
          case 'n' -> value.append('\n');
          case 'r' -> value.append('\r');
          case 't' -> value.append('\t');
          case 'u' -> {
            int code = hex4();
            if (code < 0) {
              return null;
            }
            value.append((char) code);
          }
          default -> {
            return null;
          }
        }
      }
      return null;
    }

    private int hex4() {
      if (at + 4 > text.length()) {
        return -1;
      }
      int code = 0;
      for (int i = 0; i < 4; i++) {
        char c = text.charAt(at++);
        // ASCII hex only: Character.digit would also take full-width and other Unicode digits.
        int digit = c < 0x80 ? Character.digit(c, 16) : -1;
        if (digit < 0) {
          return -1;
        }
        code = code * 16 + digit;
      }
      return code;
    }

    private static boolean wellFormed(CharSequence value) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
          if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
            return false;
          }
          i++;
        } else if (Character.isLowSurrogate(c)) {
          return false;
        }
      }
      return true;
    }

    private boolean take(char expected) {
      if (at < text.length() && text.charAt(at) == expected) {
        at++;
        return true;
      }
      return false;
    }

    private void skipSpace() {
      while (at < text.length()) {
        char c = text.charAt(at);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
          return;
        }
        at++;
      }
    }
  }
}
