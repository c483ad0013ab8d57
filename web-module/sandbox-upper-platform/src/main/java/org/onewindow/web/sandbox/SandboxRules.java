package org.onewindow.web.sandbox;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;

/**
 * SANDBOX: the checks the sandbox upper platform makes of each reported record — a key, a version,
 * and the fields its feed requires. A real upper platform checks against its own catalogue.
 */
final class SandboxRules {

  /**
   * The fields a record of each feed must carry (the sandbox's rule, docs/wire-formats.md §8.4):
   * stricter than the platform on purpose where the platform allows a blank (a case's {@code
   * materials}), so that a demo and the tests see per-record rejections.
   */
  static final Map<String, List<String>> REQUIRED =
      Map.of(
          "catalogue", List.of("basic_code", "name"),
          "implementation", List.of("implementation_code", "name"),
          "case-basic", List.of("case_no", "matter_code", "materials"),
          "case-process", List.of("case_no"),
          "case-result", List.of("case_no"));

  private SandboxRules() {}

  /** The per-record results of a batch body. */
  static JsonArrayBuilder judge(JsonObject batch) {
    List<String> required = REQUIRED.getOrDefault(batch.getString("feed", ""), List.of());
    JsonArrayBuilder results = Json.createArrayBuilder();
    for (JsonValue value : batch.getJsonArray("records")) {
      JsonObject record = value.asJsonObject();
      String key = record.getString("key", "");
      String missing = missing(record, required);
      var result = Json.createObjectBuilder().add("key", key).add("accepted", missing == null);
      if (missing != null) {
        result.add("reason", "missing required field " + missing);
      }
      results.add(result);
    }
    return results;
  }

  private static String missing(JsonObject record, List<String> required) {
    if (record.getString("key", "").isBlank()) {
      return "key";
    }
    if (record.getString("version", "").isBlank()) {
      return "version";
    }
    JsonObject fields = record.getJsonObject("fields");
    for (String name : required) {
      if (fields == null || fields.getString(name, "").isBlank()) {
        return name;
      }
    }
    return null;
  }
}
