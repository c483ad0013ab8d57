package org.onewindow.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.common.InvalidInputException;

/** The extra headers an outbound request may carry (RFC 9110 5.6.2 tokens; no line breaks). */
class UpstreamRequestTest {

  @Test
  void everyTokenCharacterIsAcceptedInAName() {
    assertTrue(UpstreamRequest.isToken("X-Custom_Header.v1"));
    assertTrue(UpstreamRequest.isToken("!#$%&'*+-.^_`|~09azAZ"));
  }

  @Test
  void separatorsSpacesControlsAndNonAsciiAreNotTokens() {
    for (String name :
        List.of(
            "",
            "X Header",
            "X:Header",
            "X(1)",
            "X\"",
            "X/Y",
            "X@Y",
            "X\tY",
            "X\u007fY",
            "名称",
            "X\u00e9",
            "[X]",
            "{X}",
            "X,Y",
            "X;Y",
            "X=Y",
            "X?Y",
            "X\\Y",
            "<X>")) {
      assertFalse(UpstreamRequest.isToken(name), name);
    }
  }

  @Test
  void aRequestRefusesABadNameAForbiddenHeaderAndALineBreakNamingTheHeader() {
    for (Map.Entry<String, String> header :
        List.of(
            Map.entry("X Bad", "v"),
            Map.entry("Host", "elsewhere.example"),
            Map.entry("X-Split", "a\r\nX-Injected: 1"))) {
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put(header.getKey(), header.getValue());
      InvalidInputException refused =
          assertThrows(InvalidInputException.class, () -> UpstreamRequest.checkedHeaders(headers));
      assertTrue(refused.getMessage().contains(header.getKey()), refused.getMessage());
    }
    assertEquals(
        List.of("X-A", "X-B"),
        List.copyOf(UpstreamRequest.checkedHeaders(mapOf("X-A", "1", "X-B", "2")).keySet()),
        "kept in their order");
  }

  private static Map<String, String> mapOf(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
