package org.onewindow.appcenter.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.Optional;

/** Parsing of a response body that may or may not be JSON, without letting an exception out. */
final class JsonBodies {

  private JsonBodies() {}

  /**
   * The body's JSON value, or empty when it is not exactly one JSON text. A parser rather than
   * {@code JsonReader}: Parsson's reader ignores what follows the first value ({@code {} x}).
   */
  static Optional<JsonValue> parse(String body) {
    if (body == null || body.isBlank()) {
      return Optional.empty();
    }
    try (JsonParser parser = Json.createParser(new StringReader(body))) {
      if (!parser.hasNext()) {
        return Optional.empty();
      }
      parser.next();
      JsonValue value = parser.getValue();
      return parser.hasNext() ? Optional.empty() : Optional.of(value);
    } catch (JsonException | IllegalStateException e) {
      // JsonParsingException is a JsonException; a truncated text can surface as either.
      return Optional.empty();
    }
  }
}
