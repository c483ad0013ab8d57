package org.onewindow.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Chinese first, English on request (DESIGN 4, Language), whatever the server's own locale. */
class LocalizedTextsTest {

  @Test
  void theFirstChineseOrEnglishLanguageOfTheCallerWins() {
    assertEquals(Locale.ENGLISH, LocalizedTexts.preferred(List.of(Locale.FRENCH, Locale.US)));
    assertEquals(Locale.CHINA, LocalizedTexts.preferred(List.of(Locale.TAIWAN, Locale.ENGLISH)));
    assertEquals(Locale.CHINA, LocalizedTexts.preferred(List.of()));
    assertEquals(Locale.CHINA, LocalizedTexts.preferred(List.of(new Locale("*"))));
  }

  @Test
  void anEnglishServerLocaleDoesNotTurnTheDefaultIntoEnglish() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.US);
      assertEquals(
          "行政区划代码（divisionCode）不能为空",
          LocalizedTexts.REFUSALS.format("division.missing", Locale.CHINA, "divisionCode"));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void anUnknownKeyShowsTheKey() {
    assertEquals("no.such.key", LocalizedTexts.REFUSALS.format("no.such.key", Locale.CHINA));
  }
}
