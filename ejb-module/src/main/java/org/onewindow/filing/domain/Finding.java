package org.onewindow.filing.domain;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onewindow.common.Messages;

/**
 * One thing the platform found when it pre-judged a checklist item (000 10.3): a message key, its
 * plain arguments (a permission's name, a version code) and, last, a list of things named by their
 * own message keys (the missing fields), read in the reader's language when shown.
 *
 * @param key the message key
 * @param arguments plain arguments, in order
 * @param labelKeys keys of nouns joined into one last argument, or empty
 */
public record Finding(String key, List<String> arguments, List<String> labelKeys)
    implements Serializable {

  public Finding {
    arguments = List.copyOf(arguments);
    labelKeys = List.copyOf(labelKeys);
  }

  public static Finding of(String key, String... arguments) {
    return new Finding(key, List.of(arguments), List.of());
  }

  public static Finding listing(String key, List<String> labelKeys) {
    return new Finding(key, List.of(), labelKeys);
  }

  /** The finding in {@code locale}. */
  public String text(Locale locale) {
    List<Object> values = new ArrayList<>(arguments);
    if (!labelKeys.isEmpty()) {
      String separator = Messages.text("filing.list.separator", locale);
      values.add(
          String.join(separator, labelKeys.stream().map(k -> Messages.text(k, locale)).toList()));
    }
    return Messages.text(key, locale, values.toArray());
  }

  /** Findings as the JSON text a checklist row keeps. */
  public static String write(List<Finding> findings) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (Finding finding : findings) {
      array.add(
          Json.createObjectBuilder()
              .add("key", finding.key)
              .add("arguments", Json.createArrayBuilder(finding.arguments))
              .add("labels", Json.createArrayBuilder(finding.labelKeys)));
    }
    return array.build().toString();
  }

  public static List<Finding> read(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readArray().getValuesAs(JsonObject.class).stream()
          .map(
              one ->
                  new Finding(
                      one.getString("key"),
                      one.getJsonArray("arguments").getValuesAs(JsonString::getString),
                      one.getJsonArray("labels").getValuesAs(JsonString::getString)))
          .toList();
    }
  }
}
