package org.onewindow.filing.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON metadata file of a package ({@code module.json}, {@code app.json}), read with the server's
 * JSON-P provider, and lenient accessors that answer null for a member that is missing or of
 * another type, so a wrongly typed file is reported as a missing field, never as a crash.
 */
final class JsonFile {

  private JsonFile() {}

  /** The top-level object of {@code utf8}. */
  static JsonObject object(byte[] utf8) throws MalformedPackageException {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(utf8))
              .toString();
    } catch (CharacterCodingException e) {
      throw new MalformedPackageException("json: not UTF-8", e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // a byte-order mark some editors write
    }
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new MalformedPackageException("json: not a JSON object", e);
    }
  }

  /** Member {@code name} if it is an object, else null. */
  static JsonObject object(JsonObject parent, String name) {
    JsonValue value = parent == null ? null : parent.get(name);
    return value instanceof JsonObject object ? object : null;
  }

  /** Member {@code name} if it is an array, else an empty one. */
  static JsonArray array(JsonObject parent, String name) {
    JsonValue value = parent == null ? null : parent.get(name);
    return value instanceof JsonArray array ? array : JsonValue.EMPTY_JSON_ARRAY;
  }

  /** Member {@code name} as text (a string, or a number's digits), else null. */
  static String text(JsonObject parent, String name) {
    JsonValue value = parent == null ? null : parent.get(name);
    if (value instanceof JsonString string) {
      return string.getString();
    }
    if (value instanceof JsonNumber number) {
      return number.toString();
    }
    return null;
  }

  /** Member {@code name} as a whole number that fits a long, else null. */
  static Long number(JsonObject parent, String name) {
    JsonValue value = parent == null ? null : parent.get(name);
    try {
      if (value instanceof JsonNumber number) {
        return number.longValueExact();
      }
      if (value instanceof JsonString string) {
        return Long.valueOf(string.getString().trim());
      }
    } catch (ArithmeticException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  /** The strings of {@code array}, skipping what is not one. */
  static List<String> strings(JsonArray array) {
    List<String> strings = new ArrayList<>();
    for (JsonValue value : array) {
      if (value instanceof JsonString string) {
        strings.add(string.getString());
      }
    }
    return strings;
  }
}
