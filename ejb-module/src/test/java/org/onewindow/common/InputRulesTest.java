package org.onewindow.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 14, failure 5: control and bidirectional characters never reach a stored name. */
class InputRulesTest {

  @Test
  void aSingleLineTextIsStrippedAndKept() {
    assertEquals("杭州市 数据资源局", InputRules.singleLine("name", "  杭州市 数据资源局 "));
    assertEquals("", InputRules.singleLine("name", null));
  }

  @ParameterizedTest
  @ValueSource(ints = {0x00, 0x07, 0x1B, 0x08, 0x7F, 0x85, 0x9B})
  void controlCharactersAreRefusedNamingTheFieldAndTheCharacter(int c) {
    String text = "单位" + Character.toString(c) + "名称";
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> InputRules.singleLine("name", text));
    assertEquals("name", e.field());
    assertTrue(e.getMessage().startsWith("name 含有不可见的控制字符"), e.getMessage());
    assertTrue(e.getMessage().contains(String.format("U+%04X", c)), e.getMessage());
    // Multi-line fields refuse them too: only LF and TAB are allowed there.
    assertThrows(InvalidInputException.class, () -> InputRules.multiLine("description", text));
  }

  @ParameterizedTest
  @ValueSource(
      ints = {
        0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F,
        0x061C
      })
  void bidirectionalControlsAreRefusedInEveryKindOfField(int c) {
    String text = "abc" + Character.toString(c) + "txt.exe";
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> InputRules.singleLine("name", text));
    assertTrue(e.getMessage().contains("改变文字方向"), e.getMessage());
    assertThrows(InvalidInputException.class, () -> InputRules.multiLine("remark", text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"第一行\n第二行", "a\tb", "a\rb", "a\u2028b", "a\u2029b"})
  void aSingleLineFieldRefusesLineBreaksAndTabs(String text) {
    assertThrows(InvalidInputException.class, () -> InputRules.singleLine("title", text));
  }

  @Test
  void aMultiLineFieldKeepsLineFeedsAndTabsAndReadsCrLfAsLf() {
    assertEquals("一\n\t二\n三", InputRules.multiLine("description", " 一\r\n\t二\n三 "));
  }

  @Test
  void aMultiLineFieldRefusesALoneCarriageReturn() {
    assertThrows(InvalidInputException.class, () -> InputRules.multiLine("description", "a\rb"));
  }

  @Test
  void theMessageIsChineseFirstAndEnglishOnRequest() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> InputRules.singleLine("name", "a\u0000b"));
    assertEquals("name 含有不可见的控制字符（U+0000），请删除后重试", e.message(Locale.CHINA));
    assertEquals(e.getMessage(), e.message(Locale.GERMAN));
    assertEquals(
        "name contains an invisible control character (U+0000); remove it and try again",
        e.message(Locale.US));
  }

  @Test
  void printableTextOutsideTheBasicPlaneIsKept() {
    assertEquals("𠀀字", InputRules.singleLine("name", "𠀀字"));
  }
}
