package org.onewindow.crypto.ticket;

import java.util.Base64;

/**
 * Unpadded Base64url (RFC 4648 5) that accepts only the one canonical spelling of each value. The
 * JDK's decoder ignores the unused low bits of the last character, so two strings would decode to
 * the same bytes; re-encoding and comparing closes that gap, and with it any way to alter a ticket
 * without changing what it says.
 */
final class Base64Url {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private Base64Url() {}

  static String encode(byte[] bytes) {
    return ENCODER.encodeToString(bytes);
  }

  /** The bytes, or {@code null} if {@code text} is not canonical unpadded Base64url. */
  static byte[] decode(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean alphabet =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_';
      if (!alphabet) {
        return null; // padding, whitespace and the standard alphabet's + and / included
      }
    }
    byte[] bytes;
    try {
      bytes = DECODER.decode(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
    return ENCODER.encodeToString(bytes).equals(text) ? bytes : null;
  }
}
