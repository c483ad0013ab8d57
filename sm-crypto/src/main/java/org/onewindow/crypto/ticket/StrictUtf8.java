package org.onewindow.crypto.ticket;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.onewindow.crypto.CryptoException;

/**
 * UTF-8 without replacement characters, for both claims encodings: a lone surrogate or a malformed
 * byte is refused rather than turned into U+FFFD, because a lossy coding would let the app read
 * something other than what was sealed.
 */
final class StrictUtf8 {

  private StrictUtf8() {}

  /**
   * @throws CryptoException if {@code text} is not well-formed UTF-16 (a lone surrogate)
   */
  static byte[] encode(String text) {
    try {
      ByteBuffer encoded =
          StandardCharsets.UTF_8
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(text));
      byte[] bytes = new byte[encoded.remaining()];
      encoded.get(bytes);
      return bytes;
    } catch (CharacterCodingException e) {
      throw new CryptoException("a claim is not well-formed Unicode (lone surrogate?)");
    }
  }

  /** The text of {@code bytes}, or {@code null} if they are not well-formed UTF-8. */
  static String decode(ByteBuffer bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes)
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
