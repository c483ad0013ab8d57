package org.onewindow.interaction.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lexicon as a query sees it: banned words refuse it, stop words are left out, synonyms add
 * variants (政务主题词库: 「身份证」 also searches 「居民身份证」). Applied to the query, never to the index, so a
 * change takes effect at the next query, without reindexing (001 7.4; ADR 0014).
 */
public final class Lexicon {

  /** The most variants one query is searched with (itself included). */
  public static final int MAX_VARIANTS = 6;

  public static final Lexicon EMPTY = new Lexicon(Map.of(), List.of(), List.of(), List.of());

  private final Map<String, List<String>> synonyms;

  /** The lexicon's synonym terms and hot words by their joined pinyin and by their initials. */
  private final Map<String, List<String>> byPinyin;

  private final List<String> stopWords;
  private final List<String> banned;
  private final List<String> hot;

  private Lexicon(
      Map<String, List<String>> synonyms,
      List<String> stopWords,
      List<String> banned,
      List<String> hot) {
    this.synonyms = synonyms;
    this.byPinyin = byPinyin(synonyms.keySet(), hot);
    this.stopWords = stopWords;
    this.banned = banned;
    this.hot = hot;
  }

  /** The lexicon of these words. */
  public static Lexicon of(List<LexiconWord> words) {
    Map<String, Set<String>> groups = new LinkedHashMap<>();
    List<String> stop = new ArrayList<>();
    List<String> banned = new ArrayList<>();
    List<String> hot = new ArrayList<>();
    for (LexiconWord w : words) {
      switch (w.getKind()) {
        case SYNONYM -> link(groups, terms(w.getWord() + "," + w.getSynonyms()));
        case STOP -> stop.add(normal(w.getWord()));
        case BANNED -> banned.add(normal(w.getWord()));
        case HOT -> hot.add(w.getWord());
      }
    }
    Map<String, List<String>> synonyms = new LinkedHashMap<>();
    groups.forEach((term, others) -> synonyms.put(term, List.copyOf(others)));
    // longer stop words first: 「怎么办」 goes before 「怎么」 could split it
    stop.sort(Comparator.comparingInt(String::length).reversed());
    return new Lexicon(
        Map.copyOf(synonyms), List.copyOf(stop), List.copyOf(banned), List.copyOf(hot));
  }

  /** The comma- (or 、 / ，) separated terms of a synonym group, trimmed, without blanks. */
  public static List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    for (String t : text.split("[,，、;；\\s]+")) {
      String term = normal(t);
      if (!term.isEmpty() && !out.contains(term)) {
        out.add(term);
      }
    }
    return out;
  }

  /** The first banned word {@code query} holds, whatever its case and width. */
  public Optional<String> bannedIn(String query) {
    String text = normal(query).replace(" ", "");
    return banned.stream().filter(text::contains).findFirst();
  }

  /** The query without its stop words, spaces collapsed; blank when nothing else was asked. */
  public String withoutStopWords(String query) {
    String text = normal(query);
    for (String stop : stopWords) {
      text = text.replace(stop, " ");
    }
    return text.replaceAll("\\s+", " ").strip();
  }

  /**
   * The query and, for each synonym it holds, the query with that synonym instead. Typed pinyin or
   * initials that spell a word of the lexicon (「shebao」, 「sb」 → 社保) add that word and its synonyms
   * too: the names say 社会保障, never 社保.
   */
  public List<String> variants(String query) {
    Set<String> out = new LinkedHashSet<>();
    List<String> seeds = new ArrayList<>();
    seeds.add(query);
    if (Pinyin.isLatin(query)) {
      seeds.addAll(byPinyin.getOrDefault(query.replace(" ", ""), List.of()));
    }
    for (String seed : seeds) {
      out.add(seed);
      List<String> held =
          synonyms.keySet().stream()
              .filter(seed::contains)
              .sorted(Comparator.comparingInt(String::length).reversed())
              .toList();
      for (String term : held) {
        for (String other : synonyms.get(term)) {
          out.add(seed.replace(term, other));
        }
      }
    }
    return out.stream().limit(MAX_VARIANTS).toList();
  }

  private static Map<String, List<String>> byPinyin(Set<String> terms, List<String> hot) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    Set<String> words = new LinkedHashSet<>(terms);
    hot.forEach(h -> words.add(normal(h)));
    for (String word : words) {
      if (Pinyin.isLatin(word)) {
        continue;
      }
      String joined = Pinyin.joined(word);
      String initials = Pinyin.initials(word).replace(" ", "");
      add(out, joined, word);
      if (initials.length() >= 2) {
        add(out, initials, word);
      }
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    out.forEach((key, list) -> copy.put(key, List.copyOf(list)));
    return Map.copyOf(copy);
  }

  private static void add(Map<String, List<String>> map, String key, String word) {
    List<String> list = map.get(key);
    if (list == null) {
      list = new ArrayList<>();
      map.put(key, list);
    }
    if (!list.contains(word)) {
      list.add(word);
    }
  }

  /** The hot words the administrators set, in their order. */
  public List<String> hotWords() {
    return hot;
  }

  /** Whether {@code word} is banned (hot words counted from queries are checked again). */
  public boolean isBanned(String word) {
    return bannedIn(word).isPresent();
  }

  /** Lower case, full-width Latin and digits as half-width, outer spaces off. */
  public static String normal(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
      } else if (c == '\u3000') {
        c = ' ';
      }
      out.append(c);
    }
    return out.toString().toLowerCase(Locale.ROOT).strip();
  }

  private static void link(Map<String, Set<String>> groups, List<String> group) {
    for (String term : group) {
      Set<String> others = groups.computeIfAbsent(term, t -> new LinkedHashSet<>());
      group.stream().filter(t -> !t.equals(term)).forEach(others::add);
    }
  }
}
