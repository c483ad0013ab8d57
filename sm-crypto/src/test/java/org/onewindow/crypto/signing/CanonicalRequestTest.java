package org.onewindow.crypto.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.onewindow.crypto.CryptoException;
import org.onewindow.crypto.Sm3;

/** The canonical request of 000 9.4.4 a, line by line, and what it normalises. */
class CanonicalRequestTest {

  private static final String APP_KEY = "app-key-001";
  private static final long TIMESTAMP = 1_748_764_800_000L; // 2025-06-01T08:00:00Z
  private static final String NONCE = "0123456789abcdef";

  /** SM3 of the empty string (GB/T 32905, and every SM3 implementation's first check). */
  private static final String SM3_OF_NOTHING =
      "1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b";

  private static String canonical(String method, String path, String query, byte[] body) {
    return CanonicalRequest.of(
            new RequestParts(method, path, query, body), APP_KEY, TIMESTAMP, NONCE)
        .text();
  }

  @Test
  void theLinesAreAsDocumented() {
    assertEquals(
        String.join(
            "\n",
            "GET",
            "/api/v1/matters/%E5%8A%9E%E4%BA%8B",
            "a=1&name=%E5%BC%A0%E4%B8%89&q=a%20b",
            SM3_OF_NOTHING,
            "1748764800000",
            NONCE,
            APP_KEY),
        canonical("get", "/API/v1/Matters/办事", "q=a+b&name=张三&a=1", null));
  }

  @Test
  void theBodyLineIsTheHexSm3OfTheBody() {
    byte[] body = "{\"事项\":\"社保查询\"}".getBytes(StandardCharsets.UTF_8);
    String[] lines = canonical("POST", "/api/items", null, body).split("\n", -1);
    assertEquals(7, lines.length);
    assertEquals(HexFormat.of().formatHex(Sm3.digest(body)), lines[3]);
    assertEquals("", lines[2], "no query is an empty line");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''                 | /",
        "/                  | /",
        "/API/Users/        | /api/users/",
        "/a/é               | /a/%C3%A9",
        "/a/%C3%A9          | /a/%C3%A9",
        "/a/%c3%a9          | /a/%C3%A9",
        "/%41%7e            | /a~",
        "/a b               | /a%20b",
        "/a+b               | /a%2Bb",
        "/a%2Fb             | /a%2Fb",
        "/a//b              | /a//b",
        "/办事指南/ÄÖ       | /%E5%8A%9E%E4%BA%8B%E6%8C%87%E5%8D%97/%C3%84%C3%96",
      })
  void pathsAreLowerCasedAndReEncoded(String raw, String expected) {
    // Only ASCII letters are lower-cased: Unicode case rules differ between languages' SDKs.
    assertEquals(expected, PercentEncoding.canonicalPath(raw));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "b=2&a=1                  | a=1&b=2",
        "a=2&a=1&a=10             | a=1&a=10&a=2",
        "q=a+b                    | q=a%20b",
        "q=a%20b                  | q=a%20b",
        "q=a%2Bb                  | q=a%2Bb",
        "flag&x=                  | flag=&x=",
        "a=1&&b=2&                | a=1&b=2",
        "x=%7e%41                 | x=~A",
        "k=v=w                    | k=v%3Dw",
        "name=张三                | name=%E5%BC%A0%E4%B8%89",
        "name=%e5%bc%a0%e4%b8%89  | name=%E5%BC%A0%E4%B8%89",
        "b=1&B=1&a=1              | B=1&a=1&b=1",
        "%E4%B8%AD=1&z=2          | %E4%B8%AD=1&z=2",
      })
  void queriesAreSortedAndReEncoded(String raw, String expected) {
    // Names keep their case: only the path is lower-cased. Sorting is by the encoded ASCII text.
    assertEquals(expected, PercentEncoding.canonicalQuery(raw));
  }

  @ParameterizedTest
  @ValueSource(strings = {"%", "%4", "%zz", "a%g0", "%１２", "\ud800"})
  void brokenEscapesAreRefused(String raw) {
    assertThrows(CryptoException.class, () -> PercentEncoding.canonicalQuery("x=" + raw));
    assertThrows(CryptoException.class, () -> PercentEncoding.canonicalPath("/" + raw));
  }

  @Test
  void valuesThatCouldBreakALineAreRefused() {
    RequestParts get = new RequestParts("GET", "/", null, null);
    assertThrows(
        CryptoException.class, () -> CanonicalRequest.of(get, "app key", TIMESTAMP, NONCE));
    assertThrows(CryptoException.class, () -> CanonicalRequest.of(get, "", TIMESTAMP, NONCE));
    assertThrows(
        CryptoException.class, () -> CanonicalRequest.of(get, APP_KEY, TIMESTAMP, "short"));
    assertThrows(
        CryptoException.class,
        () -> CanonicalRequest.of(get, APP_KEY, TIMESTAMP, "0123456789\nabcdef"));
    assertThrows(CryptoException.class, () -> CanonicalRequest.of(get, APP_KEY, -1, NONCE));
    assertThrows(
        CryptoException.class,
        () -> CanonicalRequest.of(new RequestParts("GE\nT", "/", null, null), APP_KEY, 0, NONCE));
    assertThrows(
        CryptoException.class,
        () -> CanonicalRequest.of(new RequestParts("", "/", null, null), APP_KEY, 0, NONCE));
    assertThrows(
        CryptoException.class,
        () -> CanonicalRequest.of(new RequestParts("GET", "api", null, null), APP_KEY, 0, NONCE));
  }
}
