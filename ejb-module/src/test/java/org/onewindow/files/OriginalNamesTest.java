package org.onewindow.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cleaning the file name a browser sent. */
class OriginalNamesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "app.zip|app.zip",
        "/home/u/app.zip|app.zip",
        "C:\\Users\\张三\\应用.apk|应用.apk",
        "  icon.png  |icon.png",
        "..|''",
        "a/..|''",
        "dir/|''"
      })
  void foldersAndBlanksAreDropped(String sent, String kept) {
    assertEquals(kept, OriginalNames.clean(sent));
  }

  @Test
  void invisibleCharactersAreDropped() {
    assertEquals("abcgpj.exe", OriginalNames.clean("abc\u202Egpj.exe"));
    assertEquals("ab", OriginalNames.clean("a\u0000\u0007\r\n\u200Bb"));
    assertEquals("a", OriginalNames.clean("a\uD800"));
  }

  @Test
  void nullIsEmpty() {
    assertEquals("", OriginalNames.clean(null));
  }

  @Test
  void longNamesKeepAHundredCharactersWithoutSplittingOne() {
    String emoji = "\uD83D\uDCF1"; // one code point, two chars
    String name = emoji.repeat(150) + ".zip";
    String cleaned = OriginalNames.clean(name);
    assertEquals(100, cleaned.codePointCount(0, cleaned.length()));
    assertEquals(emoji.repeat(100), cleaned);
  }
}
