package org.onewindow.crypto.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onewindow.crypto.CryptoException;

/**
 * The claims of a version 2 ticket are one JSON object of string members: the platform writes one
 * spelling (sorted, compact), an app's own JSON parser reads it, and the opener reads any valid
 * spelling of such an object but nothing else (issue 16 item 1).
 */
class JsonClaimsTest {

  private static String written(Map<String, String> claims) {
    return new String(JsonClaims.encode(claims), StandardCharsets.UTF_8);
  }

  private static Map<String, String> read(String json) {
    return JsonClaims.decode(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void thePlatformWritesSortedCompactJson() {
    assertEquals(
        "{\"mobile\":\"13800000000\",\"name\":\"王建国\",\"userId\":\"u-1\"}",
        written(Map.of("userId", "u-1", "name", "王建国", "mobile", "13800000000")));
    assertEquals("{}", written(Map.of()));
  }

  @Test
  void onlyWhatJsonRequiresIsEscaped() {
    assertEquals(
        "{\"k\":\"a\\\"b\\\\c\\n\\t\\u0001/é𠀀\"}", written(Map.of("k", "a\"b\\c\n\t\u0001/é𠀀")));
    assertEquals(
        Map.of("k", "a\"b\\c\n\t\u0001/é𠀀"), read(written(Map.of("k", "a\"b\\c\n\t\u0001/é𠀀"))));
  }

  @Test
  void anyValidSpellingOfSuchAnObjectReads() {
    assertEquals(
        Map.of("name", "王建国", "a", "/"),
        read(" {\n \"name\" : \"\\u738b\\u5efa\\u56fd\" ,\t\"a\":\"\\/\" }\r\n"));
    assertEquals(Map.of("k", "𠀀"), read("{\"k\":\"\\ud840\\udc00\"}"), "an escaped pair");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "[]",
        "{\"a\":1}",
        "{\"a\":null}",
        "{\"a\":{\"b\":\"c\"}}",
        "{\"a\":\"1\",\"a\":\"2\"}",
        "{\"\":\"1\"}",
        "{\"a\":\"1\"} x",
        "{\"a\":\"1\"}{}",
        "{\"a\":\"1\",}",
        "{a:\"1\"}",
        "{'a':'1'}",
        "{\"a\":\"\\x41\"}",
        "{\"a\":\"\\u00G1\"}",
        "{\"a\":\"\\u０００１\"}",
        "{\"a\":\"\\ud800\"}",
        "{\"a\":\"\\udc00\\ud800\"}",
        "{\"a\":\"line\nbreak\"}",
        "{\"a\":\"1\"",
      })
  void anythingElseIsRefused(String json) {
    assertNull(read(json), json);
  }

  @Test
  void bytesThatAreNotUtf8AreRefused() {
    assertNull(JsonClaims.decode(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xff, '"', '}'}));
  }

  @Test
  void claimsThatJsonCannotCarryFaithfullyAreNotWritten() {
    assertThrows(CryptoException.class, () -> JsonClaims.encode(Map.of("k", "\ud800")));
    assertThrows(CryptoException.class, () -> JsonClaims.encode(Map.of("", "v")));
    Map<String, String> nullValue = new HashMap<>();
    nullValue.put("k", null);
    assertThrows(CryptoException.class, () -> JsonClaims.encode(nullValue));
  }
}
