package org.onewindow.crypto.ticket;

import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.onewindow.crypto.CryptoException;

/**
 * The encoding of user-info claims: a tiny, strict, length-prefixed format, because the module has
 * no JSON library and a fixed format leaves nothing to interpret. Big-endian:
 *
 * <pre>
 *   2 bytes  number of claims N
 *   N times: 2 bytes key length K (1..65535), K bytes key (UTF-8),
 *            4 bytes value length V, V bytes value (UTF-8)
 * </pre>
 *
 * Keys appear in strictly ascending {@link String#compareTo} order, so one map has exactly one
 * encoding and a decoder can reject duplicates. Strings must be well-formed UTF-16 (no lone
 * surrogates): a lossy encoding would let the app read something other than what was sealed.
 */
final class Claims {

  private static final int MAX_COUNT = 0xffff;
  private static final int MAX_KEY_BYTES = 0xffff;

  private Claims() {}

  static byte[] encode(Map<String, String> claims) {
    if (claims.size() > MAX_COUNT) {
      throw new CryptoException("too many claims");
    }
    for (Map.Entry<String, String> claim : claims.entrySet()) {
      if (claim.getKey() == null || claim.getValue() == null) {
        throw new CryptoException("a claim needs a name and a value");
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeInt(out, claims.size(), 2);
    for (Map.Entry<String, String> claim : new TreeMap<>(claims).entrySet()) {
      byte[] key = utf8(claim.getKey());
      if (key.length == 0 || key.length > MAX_KEY_BYTES) {
        throw new CryptoException("a claim name is 1..65535 bytes of UTF-8");
      }
      byte[] value = utf8(claim.getValue());
      writeInt(out, key.length, 2);
      out.writeBytes(key);
      writeInt(out, value.length, 4);
      out.writeBytes(value);
    }
    return out.toByteArray();
  }

  /** The claims, in key order, or {@code null} if {@code bytes} is not exactly one encoding. */
  static Map<String, String> decode(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    Map<String, String> claims = new LinkedHashMap<>();
    try {
      int count = in.getShort() & 0xffff;
      String previous = null;
      for (int i = 0; i < count; i++) {
        String key = readUtf8(in, in.getShort() & 0xffff);
        if (key == null || key.isEmpty() || (previous != null && previous.compareTo(key) >= 0)) {
          return null;
        }
        int valueLength = in.getInt();
        String value = valueLength < 0 ? null : readUtf8(in, valueLength);
        if (value == null) {
          return null;
        }
        claims.put(key, value);
        previous = key;
      }
    } catch (BufferUnderflowException e) {
      return null;
    }
    return in.hasRemaining() ? null : Collections.unmodifiableMap(claims);
  }

  private static byte[] utf8(String text) {
    return StrictUtf8.encode(text);
  }

  private static String readUtf8(ByteBuffer in, int length) {
    if (length > in.remaining()) {
      return null;
    }
    ByteBuffer slice = in.slice(in.position(), length);
    in.position(in.position() + length);
    return StrictUtf8.decode(slice);
  }

  private static void writeInt(ByteArrayOutputStream out, int value, int bytes) {
    for (int shift = 8 * (bytes - 1); shift >= 0; shift -= 8) {
      out.write(value >>> shift);
    }
  }
}
