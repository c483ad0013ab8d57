package org.onewindow.appcenter.infrastructure;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.onewindow.crypto.mask.TextMasker;

/**
 * Where exactly the sensitive words of a call are, for the feedback an interface's provider gets
 * (000 9.4.3 b …反馈给接口提供方): the parameter's name, or the JSON path of the response member ({@code
 * $.process_response.items[0].name}), how often, and a short context around the first occurrence.
 * The context is cut from the <em>masked</em> value (names and ID numbers by key, numbers anywhere:
 * 000 示例8), so a feedback never shows personal data the test record would not.
 */
public final class SensitiveWordLocator {

  /**
   * A word in one place.
   *
   * @param location {@code 参数 city}, {@code 返回内容 $.a.b[0]} or {@code 返回内容}
   * @param context the masked text around its first occurrence, or empty when masking hid it
   */
  public record Occurrence(String location, String word, int count, String context) {}

  /** Characters kept on each side of a word in its context. */
  static final int CONTEXT = 12;

  /** Enough places to act on; a huge answer full of a word is reported by its first ones. */
  static final int MAX_OCCURRENCES = 50;

  static final int MAX_LOCATION = 200;

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final SensitiveWordScanner scanner;

  /** Locates the given words only: those a scan of the call found. */
  public SensitiveWordLocator(Collection<String> words) {
    this.scanner = new SensitiveWordScanner(words);
  }

  /** The places of the words in a call: parameters in their order, then the response. */
  public List<Occurrence> locate(Map<String, String> parameters, String responseBody) {
    List<Occurrence> found = new ArrayList<>();
    if (parameters != null) {
      parameters.forEach(
          (name, value) ->
              found.addAll(
                  inValue(
                      SensitiveWordScanner.parameterLocation(name),
                      value,
                      TextMasker.maskValue(name, value))));
    }
    Optional<JsonValue> json = JsonBodies.parse(responseBody);
    if (json.isPresent()) {
      List<Occurrence> inJson = new ArrayList<>();
      walk(json.get(), "$", null, inJson);
      found.addAll(inJson);
      found.addAll(elsewhereInBody(responseBody, inJson));
    } else if (responseBody != null) {
      found.addAll(
          inValue(
              SensitiveWordScanner.RESPONSE_LOCATION, responseBody, TextMasker.mask(responseBody)));
    }
    return found.size() > MAX_OCCURRENCES ? List.copyOf(found.subList(0, MAX_OCCURRENCES)) : found;
  }

  private void walk(JsonValue value, String path, String key, List<Occurrence> found) {
    switch (value.getValueType()) {
      case OBJECT ->
          value
              .asJsonObject()
              .forEach((name, member) -> walk(member, path + member(name), name, found));
      case ARRAY -> {
        List<JsonValue> items = value.asJsonArray();
        for (int i = 0; i < items.size(); i++) {
          walk(items.get(i), path + "[" + i + "]", key, found);
        }
      }
      case STRING -> {
        String text = ((JsonString) value).getString();
        found.addAll(
            inValue(
                SensitiveWordScanner.RESPONSE_LOCATION + " " + path,
                text,
                TextMasker.maskValue(key, text)));
      }
      default -> {
        // numbers, booleans and null carry no words
      }
    }
  }

  /** Words the whole body has more often than its string values: in member names, say. */
  private List<Occurrence> elsewhereInBody(String body, List<Occurrence> inValues) {
    Map<String, Integer> located = new LinkedHashMap<>();
    inValues.forEach(o -> located.merge(o.word(), o.count(), Integer::sum));
    List<Occurrence> rest = new ArrayList<>();
    for (SensitiveWordScanner.WordCount total : scanner.scan(body)) {
      int extra = total.count() - located.getOrDefault(total.word(), 0);
      if (extra > 0) {
        rest.add(new Occurrence(SensitiveWordScanner.RESPONSE_LOCATION, total.word(), extra, ""));
      }
    }
    return rest;
  }

  private List<Occurrence> inValue(String location, String raw, String masked) {
    List<Occurrence> found = new ArrayList<>();
    for (SensitiveWordScanner.WordCount word : scanner.scan(raw)) {
      found.add(
          new Occurrence(
              limit(location, MAX_LOCATION),
              word.word(),
              word.count(),
              context(masked, word.word())));
    }
    return found;
  }

  /** The masked text around the word's first occurrence in it; empty if masking removed it. */
  private String context(String masked, String word) {
    if (masked == null) {
      return "";
    }
    return scanner.find(masked).stream()
        .filter(m -> m.word().equals(word))
        .findFirst()
        .map(
            m -> {
              int from = Math.max(0, m.start() - CONTEXT);
              int to = Math.min(masked.length(), m.end() + CONTEXT);
              String cut = masked.substring(from, to).replaceAll("\\s+", " ");
              return (from > 0 ? "…" : "") + cut + (to < masked.length() ? "…" : "");
            })
        .orElse("");
  }

  private static String member(String name) {
    if (NAME.matcher(name).matches()) {
      return "." + name;
    }
    return "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
  }

  private static String limit(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
