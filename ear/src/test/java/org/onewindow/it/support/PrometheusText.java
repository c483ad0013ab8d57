package org.onewindow.it.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scrape in the Prometheus text exposition format (0.0.4), read strictly: every line is a comment
 * ({@code # HELP}, {@code # TYPE}, or any other {@code #}) or a sample {@code name{label="value",…}
 * value [timestamp]}; anything else fails the test, so a scrape Prometheus would refuse never
 * passes here.
 */
public final class PrometheusText {

  private static final Pattern SAMPLE =
      Pattern.compile(
          "([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})?[ \\t]+(\\S+)(?:[ \\t]+(-?[0-9]+))?[ \\t]*");
  private static final Pattern LABEL =
      Pattern.compile("\\s*([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\[\"\\\\n])*)\"\\s*(,|$)");

  /** One sample: the metric's name, its labels and its value. */
  public record Sample(String name, Map<String, String> labels, double value) {

    /** Whether every label of {@code wanted} has the same value here. */
    public boolean has(Map<String, String> wanted) {
      return wanted.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }
  }

  private final List<Sample> samples;

  private PrometheusText(List<Sample> samples) {
    this.samples = samples;
  }

  /** The samples of {@code text}; an {@link AssertionError} naming the first line not allowed. */
  public static PrometheusText parse(String text) {
    List<Sample> samples = new ArrayList<>();
    int number = 0;
    for (String line : text.split("\n", -1)) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Matcher sample = SAMPLE.matcher(line);
      if (!sample.matches()) {
        throw new AssertionError("not the Prometheus text format, line " + number + ": " + line);
      }
      samples.add(
          new Sample(sample.group(1), labels(sample.group(2), number, line), value(sample, line)));
    }
    return new PrometheusText(samples);
  }

  private static double value(Matcher sample, String line) {
    String value = sample.group(3);
    return switch (value) {
      case "+Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      case "NaN" -> Double.NaN;
      default -> {
        try {
          yield Double.parseDouble(value);
        } catch (NumberFormatException e) {
          throw new AssertionError("not a sample value: " + line, e);
        }
      }
    };
  }

  private static Map<String, String> labels(String text, int number, String line) {
    Map<String, String> labels = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return labels;
    }
    Matcher label = LABEL.matcher(text);
    int at = 0;
    while (at < text.length() && label.find(at) && label.start() == at) {
      String value =
          label.group(2).replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
      if (labels.put(label.group(1), value) != null) {
        throw new AssertionError("label named twice, line " + number + ": " + line);
      }
      at = label.end();
      if (label.group(3).isEmpty()) {
        break;
      }
    }
    if (at != text.length()) {
      throw new AssertionError("labels not in the text format, line " + number + ": " + line);
    }
    return labels;
  }

  /** Every sample. */
  public List<Sample> samples() {
    return samples;
  }

  /** The samples of metric {@code name} whose labels include {@code labels}. */
  public List<Sample> all(String name, Map<String, String> labels) {
    return samples.stream().filter(s -> s.name().equals(name) && s.has(labels)).toList();
  }

  /** The one sample of {@code name} with {@code labels}, if the scrape has exactly one. */
  public Optional<Sample> one(String name, Map<String, String> labels) {
    List<Sample> found = all(name, labels);
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /**
   * The value of the one sample of {@code name} with {@code labels}; fails when not exactly one.
   */
  public double value(String name, Map<String, String> labels) {
    List<Sample> found = all(name, labels);
    if (found.size() != 1) {
      throw new AssertionError(
          "expected one sample " + name + labels + " in the scrape, found " + found);
    }
    return found.get(0).value();
  }

  /** The value of the one unlabelled sample {@code name}. */
  public double value(String name) {
    return value(name, Map.of());
  }
}
