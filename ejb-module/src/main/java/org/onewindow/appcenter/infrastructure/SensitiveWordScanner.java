package org.onewindow.appcenter.infrastructure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import org.onewindow.common.Messages;

/**
 * Finds the words of a sensitive-word lexicon in the parameters sent to an interface and in what it
 * returned, so the administrator is warned (000 9.4.3 b: 输入参数与返回数据中有无敏感词汇).
 *
 * <p>An Aho–Corasick automaton: built once from the lexicon, it scans a text in one pass whatever
 * the lexicon's size, finding overlapping words too. Latin letters match in either case (and
 * full-width Latin as its own case pair); other characters match exactly — no traditional and
 * simplified folding, no NFKC, so a lexicon that needs those must list the variants.
 *
 * <p>Immutable after construction and safe for concurrent scans.
 */
public final class SensitiveWordScanner {

  /**
   * A lexicon word and how often it occurs.
   *
   * @param word the word as the lexicon spells it
   */
  public record WordCount(String word, int count) {}

  /**
   * A word found in one place of a test call.
   *
   * @param location {@code 参数 city} or {@code 返回内容}
   */
  public record Hit(String location, String word, int count) {}

  /**
   * One occurrence of a lexicon word in a text.
   *
   * @param start index of its first character
   * @param end index after its last character
   */
  public record Match(String word, int start, int end) {}

  /**
   * Where a word was found in the answer ({@code 返回内容}). Locations are kept with test records and
   * feedback in the platform's language, so they are read once here from the bundle.
   */
  public static final String RESPONSE_LOCATION =
      Messages.text("appcenter.location.response", Messages.PLATFORM_LOCALE);

  /** Where a word was found in the request parameter {@code name} ({@code 参数 city}). */
  public static String parameterLocation(String name) {
    return Messages.text("appcenter.location.parameter", Messages.PLATFORM_LOCALE, name);
  }

  /** One state of the automaton; the root is node 0. */
  private static final class Node {
    final Map<Character, Integer> next = new HashMap<>();
    int fail;

    /** Indexes of the words ending here, including those ending at its suffixes. */
    int[] outputs = new int[0];
  }

  private final List<Node> nodes = new ArrayList<>();
  private final List<String> words = new ArrayList<>();

  /** Builds the automaton; blank words are ignored and case variants count as one word. */
  public SensitiveWordScanner(Collection<String> lexicon) {
    nodes.add(new Node());
    for (String word : lexicon) {
      if (word != null && !word.isBlank()) {
        add(word.strip());
      }
    }
    linkFailures();
  }

  /** The lexicon's distinct words (after blank removal and case folding). */
  public int size() {
    return words.size();
  }

  /** The lexicon words in a text with their counts, in order of first occurrence. */
  public List<WordCount> scan(String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Match match : find(text)) {
      counts.merge(match.word(), 1, Integer::sum);
    }
    List<WordCount> found = new ArrayList<>();
    counts.forEach((word, count) -> found.add(new WordCount(word, count)));
    return found;
  }

  /** Every occurrence of a lexicon word in a text, by where it ends (overlaps included). */
  public List<Match> find(String text) {
    List<Match> found = new ArrayList<>();
    if (text != null) {
      int state = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = fold(text.charAt(i));
        while (state != 0 && !nodes.get(state).next.containsKey(c)) {
          state = nodes.get(state).fail;
        }
        state = nodes.get(state).next.getOrDefault(c, 0);
        for (int word : nodes.get(state).outputs) {
          String spelled = words.get(word);
          found.add(new Match(spelled, i + 1 - spelled.length(), i + 1));
        }
      }
    }
    return found;
  }

  /**
   * The words in a test call: each parameter value (in the parameters' order), then the response
   * body (000 9.4.3 b).
   */
  public List<Hit> scanCall(Map<String, String> parameters, String responseBody) {
    List<Hit> hits = new ArrayList<>();
    if (parameters != null) {
      parameters.forEach(
          (name, value) -> {
            for (WordCount found : scan(value)) {
              hits.add(new Hit(parameterLocation(name), found.word(), found.count()));
            }
          });
    }
    for (WordCount found : scan(responseBody)) {
      hits.add(new Hit(RESPONSE_LOCATION, found.word(), found.count()));
    }
    return hits;
  }

  private void add(String word) {
    int state = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = fold(word.charAt(i));
      Integer next = nodes.get(state).next.get(c);
      if (next == null) {
        nodes.add(new Node());
        next = nodes.size() - 1;
        nodes.get(state).next.put(c, next);
      }
      state = next;
    }
    Node end = nodes.get(state);
    if (end.outputs.length == 0) {
      // A second spelling of the same word ("VPN", "vpn") ends in the same node: keep the first.
      words.add(word);
      end.outputs = new int[] {words.size() - 1};
    }
  }

  /** Breadth first, so each node's failure target is final before its children need it. */
  private void linkFailures() {
    Queue<Integer> queue = new ArrayDeque<>();
    for (int child : nodes.get(0).next.values()) {
      nodes.get(child).fail = 0;
      queue.add(child);
    }
    while (!queue.isEmpty()) {
      int state = queue.remove();
      for (Map.Entry<Character, Integer> edge : nodes.get(state).next.entrySet()) {
        char c = edge.getKey();
        int child = edge.getValue();
        int fallback = nodes.get(state).fail;
        while (fallback != 0 && !nodes.get(fallback).next.containsKey(c)) {
          fallback = nodes.get(fallback).fail;
        }
        Integer target = nodes.get(fallback).next.get(c);
        Node node = nodes.get(child);
        node.fail = target == null || target == child ? 0 : target;
        node.outputs = concat(node.outputs, nodes.get(node.fail).outputs);
        queue.add(child);
      }
    }
  }

  private static int[] concat(int[] own, int[] inherited) {
    if (inherited.length == 0) {
      return own;
    }
    int[] all = new int[own.length + inherited.length];
    System.arraycopy(own, 0, all, 0, own.length);
    System.arraycopy(inherited, 0, all, own.length, inherited.length);
    return all;
  }

  /** Latin letters in one case; anything else as it is. */
  private static char fold(char c) {
    if (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
      return Character.toLowerCase(Character.toUpperCase(c));
    }
    return c;
  }
}
