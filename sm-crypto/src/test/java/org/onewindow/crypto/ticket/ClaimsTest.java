package org.onewindow.crypto.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The claims encoding has exactly one spelling per map; anything else does not decode. */
class ClaimsTest {

  private static final HexFormat HEX = HexFormat.of();

  @Test
  void theEncodingIsAsDocumented() {
    // count 2; "a" -> "1"; "b" -> "张" (e5 bc a0)
    String expected =
        "0002" + "0001" + "61" + "00000001" + "31" + "0001" + "62" + "00000003" + "e5bca0";
    assertEquals(expected, HEX.formatHex(Claims.encode(Map.of("b", "张", "a", "1"))));
    assertEquals(Map.of("a", "1", "b", "张"), Claims.decode(HEX.parseHex(expected)));
    assertEquals(Map.of(), Claims.decode(HEX.parseHex("0000")));
  }

  @Test
  void anythingButTheOneEncodingIsRefused() {
    assertNull(Claims.decode(new byte[0]), "no count");
    assertNull(Claims.decode(HEX.parseHex("000000")), "trailing byte");
    assertNull(Claims.decode(HEX.parseHex("0001")), "a claim missing");
    assertNull(
        Claims.decode(
            HEX.parseHex("0002" + "0001" + "62" + "00000000" + "0001" + "61" + "00000000")),
        "names out of order");
    assertNull(
        Claims.decode(
            HEX.parseHex("0002" + "0001" + "61" + "00000000" + "0001" + "61" + "00000000")),
        "a duplicate name");
    assertNull(Claims.decode(HEX.parseHex("0001" + "0000" + "00000000")), "an empty name");
    assertNull(
        Claims.decode(HEX.parseHex("0001" + "0001" + "61" + "00000001" + "ff")), "not UTF-8");
    assertNull(
        Claims.decode(HEX.parseHex("0001" + "0001" + "61" + "ffffffff")), "a negative length");
    assertNull(
        Claims.decode(HEX.parseHex("0001" + "0001" + "61" + "00000005" + "31")), "too short");
  }
}
