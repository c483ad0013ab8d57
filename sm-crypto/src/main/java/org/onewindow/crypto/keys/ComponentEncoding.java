package org.onewindow.crypto.keys;

import java.util.Arrays;
import java.util.Base64;
import org.onewindow.crypto.CryptoException;

/**
 * Decodes the text of a root-key component — 64 hex digits, or Base64 (standard or URL-safe, with
 * or without padding) — straight from bytes, so that no immutable String copy of key material is
 * made here. Error messages name the component's source, never its content.
 */
final class ComponentEncoding {

  private static final int HEX_LENGTH = 2 * RootKeyComponents.COMPONENT_LENGTH;

  private ComponentEncoding() {}

  /** The 32 component bytes; {@code text} is left for the caller to wipe. */
  static byte[] decode(byte[] text, String where) {
    byte[] trimmed = strip(text);
    byte[] component = null;
    try {
      component = isHex(trimmed) ? hex(trimmed) : base64(trimmed, where);
      if (component.length != RootKeyComponents.COMPONENT_LENGTH) {
        throw new CryptoException(
            where + " is not 32 bytes: expected 64 hex digits or 44 Base64 characters");
      }
      return component;
    } catch (CryptoException e) {
      if (component != null) {
        Arrays.fill(component, (byte) 0);
      }
      throw e;
    } finally {
      Arrays.fill(trimmed, (byte) 0);
    }
  }

  private static byte[] strip(byte[] text) {
    int from = 0;
    int to = text.length;
    while (from < to && isSpace(text[from])) {
      from++;
    }
    while (to > from && isSpace(text[to - 1])) {
      to--;
    }
    return Arrays.copyOfRange(text, from, to);
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r';
  }

  private static boolean isHex(byte[] text) {
    if (text.length != HEX_LENGTH) {
      return false;
    }
    for (byte b : text) {
      if (Character.digit(b, 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static byte[] hex(byte[] text) {
    byte[] out = new byte[text.length / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] =
          (byte) (Character.digit(text[2 * i], 16) << 4 | Character.digit(text[2 * i + 1], 16));
    }
    return out;
  }

  private static byte[] base64(byte[] text, String where) {
    boolean urlSafe = false;
    for (byte b : text) {
      urlSafe |= b == '-' || b == '_';
    }
    try {
      return (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(text);
    } catch (IllegalArgumentException e) {
      // The decoder's message quotes the offending character: part of the key, so not passed on.
      throw new CryptoException(where + " is neither 64 hex digits nor Base64");
    }
  }
}
