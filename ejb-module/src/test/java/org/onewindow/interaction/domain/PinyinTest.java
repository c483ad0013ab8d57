package org.onewindow.interaction.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Toneless pinyin of names (001 7.4: pinyin search, full and initials; homophone typos). */
class PinyinTest {

  @Test
  void namesBecomeSyllablesAndInitials() {
    assertEquals("she bao ka shen ling", Pinyin.spaced("社保卡申领"));
    assertEquals("s b k s l", Pinyin.initials("社保卡申领"));
    assertEquals("shebaoka", Pinyin.joined("社保卡"));
  }

  @Test
  void latinAndDigitsStayWholeAndPunctuationSeparates() {
    assertEquals(List.of("ic", "ka", "2026"), Pinyin.syllables("IC卡（2026）"));
  }

  @Test
  void aHomophoneHasTheSameSyllables() {
    assertEquals(Pinyin.joined("社保"), Pinyin.joined("社宝"));
  }

  @Test
  void typedPinyinIsLatinLetters() {
    assertTrue(Pinyin.isTypedPinyin("she bao"));
    assertTrue(Pinyin.isLatin("sb"));
    assertFalse(Pinyin.isLatin("社保"));
    assertFalse(Pinyin.isTypedPinyin("s"));
  }
}
