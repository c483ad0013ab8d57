package org.onewindow.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Sm3Test {

  @Test
  void digestOfAbcMatchesTheStandardsExample() {
    // GB/T 32905-2016 Appendix A.1: SM3("abc").
    byte[] digest = Sm3.digest("abc".getBytes(StandardCharsets.US_ASCII));
    assertEquals(
        "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
        HexFormat.of().formatHex(digest));
  }

  @Test
  void digestOfThe64ByteMessageMatchesTheStandardsExample() {
    // GB/T 32905-2016 Appendix A.2: "abcd" repeated 16 times.
    byte[] digest = Sm3.digest("abcd".repeat(16).getBytes(StandardCharsets.US_ASCII));
    assertEquals(
        "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732",
        HexFormat.of().formatHex(digest));
  }

  @Test
  void base64UrlDigestEncodesUtf8AndUsesTheUrlAlphabetWithoutPadding() {
    // 003 6.3.2.3 d and its note: UTF-8 bytes in, Base64_URLSafe out.
    String encoded = Sm3.base64UrlDigest("张三");
    byte[] expected = Sm3.digest("张三".getBytes(StandardCharsets.UTF_8));
    assertEquals(43, encoded.length());
    assertEquals(false, encoded.contains("+") || encoded.contains("/") || encoded.contains("="));
    assertEquals(
        HexFormat.of().formatHex(expected),
        HexFormat.of().formatHex(Base64.getUrlDecoder().decode(encoded)));
  }
}
