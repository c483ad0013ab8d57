package org.onewindow.inspection.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.appcenter.domain.ParameterDefinition;

/**
 * The values an interface inspection sends. The registry keeps no separate example per parameter;
 * the registration's own descriptions carry them the way 示例7 and 图4 write them — 「需要查询的城市,如：北京，上海」,
 * 「待查询的线路，如：110，快线1号」 — so the first example after 如 / 例如 / 示例 / 默认 / e.g. is taken. A parameter
 * without one is left out; if it is required, the inspection can only check that the interface
 * answers (reachability), and the record says which parameters were missing.
 *
 * @param values name to value, in the definition's order
 * @param unfilled the required parameters no example was found for
 */
public record InspectionRequest(Map<String, String> values, List<String> unfilled) {

  /**
   * 如：北京，上海 · 例如: 110 · 默认值：1 · e.g. 42 — a colon is needed after the Chinese words (so 如果 is no
   * example), and the value ends at the next separator.
   */
  private static final Pattern EXAMPLE =
      Pattern.compile(
          "(?:(?:例如|示例|默认值|默认|如|example)\\s*[:：]|e\\.g\\.)\\s*[\"'“‘「]?([^，,、;；。\\s\"'”’」)）]+)",
          Pattern.CASE_INSENSITIVE);

  public InspectionRequest {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    unfilled = List.copyOf(unfilled);
  }

  /** The request for these parameters. */
  public static InspectionRequest of(List<ParameterDefinition> parameters) {
    Map<String, String> values = new LinkedHashMap<>();
    List<String> unfilled = new ArrayList<>();
    for (ParameterDefinition parameter : parameters) {
      Optional<String> example = example(parameter.description());
      if (example.isPresent()) {
        values.put(parameter.name(), example.get());
      } else if (parameter.required()) {
        unfilled.add(parameter.name());
      }
    }
    return new InspectionRequest(values, unfilled);
  }

  /** Whether every required value could be filled: the answer can be judged in full. */
  public boolean complete() {
    return unfilled.isEmpty();
  }

  /** The first example a description gives, if any. */
  static Optional<String> example(String description) {
    if (description == null) {
      return Optional.empty();
    }
    Matcher matcher = EXAMPLE.matcher(description);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }
}
