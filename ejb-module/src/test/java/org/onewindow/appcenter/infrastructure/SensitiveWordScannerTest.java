package org.onewindow.appcenter.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.onewindow.appcenter.infrastructure.SensitiveWordScanner.Hit;
import org.onewindow.appcenter.infrastructure.SensitiveWordScanner.WordCount;

class SensitiveWordScannerTest {

  private final SensitiveWordScanner scanner =
      new SensitiveWordScanner(Arrays.asList("赌博", "代开发票", "VPN", " ", "", null, "发票"));

  @Test
  void findsEveryWordWithItsCountInOrderOfFirstOccurrence() {
    List<WordCount> found = scanner.scan("出售VPN，代开发票，网络赌博；再次代开发票");
    assertEquals(
        List.of(
            new WordCount("VPN", 1),
            new WordCount("代开发票", 2),
            new WordCount("发票", 2),
            new WordCount("赌博", 1)),
        found);
  }

  @Test
  void latinLettersMatchInEitherCase() {
    assertEquals(List.of(new WordCount("VPN", 3)), scanner.scan("vpn Vpn vPN"));
    assertEquals(1, new SensitiveWordScanner(List.of("VPN", "vpn")).size());
  }

  @Test
  void blankWordsAreIgnoredAndACleanTextHasNoHits() {
    assertEquals(4, scanner.size());
    assertEquals(List.of(), scanner.scan("全国线路查询 110 快线1号"));
    assertEquals(List.of(), scanner.scan(null));
    assertEquals(List.of(), new SensitiveWordScanner(List.of()).scan("赌博"));
  }

  @Test
  void overlappingAndNestedWordsAreAllFound() {
    // The classic Aho–Corasick example: "ushers" contains she, he and hers.
    SensitiveWordScanner classic = new SensitiveWordScanner(List.of("he", "she", "his", "hers"));
    assertEquals(
        List.of(new WordCount("she", 1), new WordCount("he", 1), new WordCount("hers", 1)),
        classic.scan("ushers"));
    assertEquals(
        List.of(new WordCount("aa", 3)), new SensitiveWordScanner(List.of("aa")).scan("aaaa"));
  }

  @Test
  void reportsWhereEachWordWasFound() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("city", "北京赌博");
    parameters.put("q", "110");
    parameters.put("key", "VPN代开发票");
    List<Hit> hits = scanner.scanCall(parameters, "{\"reason\":\"没有查询到数据\",\"vpn\":1}");
    assertEquals(
        List.of(
            new Hit("参数 city", "赌博", 1),
            new Hit("参数 key", "VPN", 1),
            new Hit("参数 key", "代开发票", 1),
            new Hit("参数 key", "发票", 1),
            new Hit("返回内容", "VPN", 1)),
        hits);
  }

  @Test
  void agreesWithANaiveCountOnRandomTexts() {
    Random random = new Random(20260101);
    String alphabet = "abAB政务";
    for (int round = 0; round < 200; round++) {
      List<String> lexicon = new ArrayList<>();
      for (int i = 0; i < 1 + random.nextInt(6); i++) {
        lexicon.add(randomText(random, alphabet, 1 + random.nextInt(4)));
      }
      String text = randomText(random, alphabet, random.nextInt(40));
      Map<String, Integer> expected = naive(lexicon, text);
      Map<String, Integer> actual = new LinkedHashMap<>();
      for (WordCount found : new SensitiveWordScanner(lexicon).scan(text)) {
        actual.put(found.word().toLowerCase(), found.count());
      }
      assertEquals(expected, actual, "lexicon " + lexicon + ", text " + text);
    }
  }

  private static Map<String, Integer> naive(List<String> lexicon, String text) {
    String haystack = text.toLowerCase();
    Map<String, Integer> counts = new java.util.TreeMap<>();
    for (String word : lexicon) {
      String needle = word.toLowerCase();
      int count = 0;
      for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
        count++;
      }
      if (count > 0) {
        counts.put(needle, count);
      }
    }
    return counts;
  }

  private static String randomText(Random random, String alphabet, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
