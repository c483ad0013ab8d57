package org.onewindow.interaction.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lexicon applied to queries (001 7.4): banned words, stop words, synonyms' variants. */
class LexiconTest {

  private static LexiconWord word(LexiconKind kind, String word, String synonyms) {
    return new LexiconWord(kind, word, synonyms, "admin", Instant.EPOCH);
  }

  private final Lexicon lexicon =
      Lexicon.of(
          List.of(
              word(LexiconKind.SYNONYM, "身份证", "居民身份证"),
              word(LexiconKind.SYNONYM, "户口", "户籍，户籍登记"),
              word(LexiconKind.STOP, "如何", ""),
              word(LexiconKind.STOP, "的", ""),
              word(LexiconKind.BANNED, "赌博", ""),
              word(LexiconKind.HOT, "社保", "")));

  @Test
  void aBannedWordIsFoundWhateverItsSpacingOrWidth() {
    assertTrue(lexicon.bannedIn("网上赌博平台").isPresent());
    // spaces or full-width letters do not hide it
    assertTrue(lexicon.bannedIn("网上 赌 博").isPresent());
    assertTrue(lexicon.bannedIn("网上赌博　").isPresent());
    assertTrue(lexicon.isBanned("赌博"));
    assertFalse(lexicon.isBanned("社保"));
  }

  @Test
  void stopWordsAreLeftOut() {
    assertEquals("办理身份证", lexicon.withoutStopWords("如何办理身份证"));
    assertEquals("", lexicon.withoutStopWords("如何 的"));
  }

  @Test
  void synonymsAddVariantsBothWays() {
    assertEquals(List.of("身份证补办", "居民身份证补办"), lexicon.variants("身份证补办"));
    assertTrue(lexicon.variants("户籍登记").contains("户口登记"));
    assertTrue(lexicon.variants("户口迁移").contains("户籍迁移"));
    assertEquals(List.of("公积金"), lexicon.variants("公积金"));
  }

  @Test
  void pinyinOrInitialsOfALexiconWordAddTheWordAndItsSynonyms() {
    Lexicon withSocialSecurity =
        Lexicon.of(
            List.of(
                word(LexiconKind.SYNONYM, "社保", "社会保险,社会保障"), word(LexiconKind.HOT, "公积金", "")));
    assertEquals(List.of("shebao", "社保", "社会保险", "社会保障"), withSocialSecurity.variants("shebao"));
    assertTrue(withSocialSecurity.variants("sb").contains("社会保障"));
    assertTrue(withSocialSecurity.variants("gjj").contains("公积金"));
    assertEquals(List.of("xyz"), withSocialSecurity.variants("xyz"));
  }

  @Test
  void fullWidthAndCaseAreNormalised() {
    assertEquals("abc 123", Lexicon.normal("ＡＢＣ\u3000１２３"));
    assertEquals(List.of("户籍", "户籍登记"), Lexicon.terms("户籍，户籍登记、 "));
  }

  @Test
  void hotWordsKeepTheAdministratorsOrder() {
    assertEquals(List.of("社保"), lexicon.hotWords());
  }
}
