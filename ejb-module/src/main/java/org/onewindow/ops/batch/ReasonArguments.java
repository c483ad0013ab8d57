package org.onewindow.ops.batch;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.common.Labelled;
import org.onewindow.common.Message;

/**
 * A rejection reason's arguments as {@code ow_batch_rejection.reasonArguments} keeps them, so that
 * the reason reads in whichever language its reader asks for: a text stays a text (a field's value,
 * the upper platform's own words), an integer an integer, and a label ({@link Labelled}: 「行使层级」 /
 * "exercise level") or a nested {@link Message} is kept by its key and read in the reader's
 * language, not frozen as the Java object's {@code toString}.
 *
 * <p>The column holds {@value #MARK} followed by a JSON array whose elements are strings, integers,
 * {@code {"label": key}} or {@code {"message": key, "arguments": [...]}}. Rows kept before (their
 * arguments' texts joined by {@value #UNIT}) have no mark and read as those texts.
 */
final class ReasonArguments {

  /** Starts the JSON form: a control character no text argument of the old form began with. */
  static final String MARK = "\u001e";

  /** Separated the arguments' texts in rows kept before the JSON form. */
  static final String UNIT = "\u001f";

  /** The column's length. */
  static final int MOST = 2_000;

  /** How long each text argument may be, tried in turn until the whole fits {@link #MOST}. */
  private static final int[] TEXT_CAPS = {500, 200, 60, 10};

  private ReasonArguments() {}

  /**
   * The arguments to keep; {@code null} for none (or, improbably, for so many that even cut to a
   * few characters each they do not fit: the reason then reads without them).
   */
  static String keep(List<Object> arguments) {
    if (arguments.isEmpty()) {
      return null;
    }
    for (int cap : TEXT_CAPS) {
      String kept = MARK + array(arguments, cap);
      if (kept.length() <= MOST) {
        return kept;
      }
    }
    return null;
  }

  /** The arguments kept, as {@link Message} takes them. */
  static Object[] read(String kept) {
    if (kept == null) {
      return new Object[0];
    }
    if (!kept.startsWith(MARK)) {
      return kept.split(UNIT, -1);
    }
    try (JsonReader reader = Json.createReader(new StringReader(kept.substring(MARK.length())))) {
      return values(reader.readArray());
    } catch (JsonException | ClassCastException e) {
      return new Object[] {kept.substring(MARK.length())};
    }
  }

  private static JsonArray array(List<Object> arguments, int cap) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (Object argument : arguments) {
      if (argument instanceof Message message) {
        array.add(
            Json.createObjectBuilder()
                .add("message", message.key())
                .add("arguments", array(message.arguments(), cap)));
      } else if (argument instanceof Labelled labelled) {
        array.add(Json.createObjectBuilder().add("label", labelled.labelKey()));
      } else if (argument instanceof Long
          || argument instanceof Integer
          || argument instanceof Short
          || argument instanceof Byte) {
        array.add(((Number) argument).longValue());
      } else {
        String text = String.valueOf(argument);
        array.add(text.length() <= cap ? text : text.substring(0, cap) + "…");
      }
    }
    return array.build();
  }

  private static Object[] values(JsonArray array) {
    List<Object> values = new ArrayList<>(array.size());
    for (JsonValue value : array) {
      values.add(value(value));
    }
    return values.toArray();
  }

  private static Object value(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> ((JsonNumber) value).longValue();
      case OBJECT -> {
        JsonObject object = value.asJsonObject();
        if (object.containsKey("label")) {
          yield new KeptLabel(object.getString("label"));
        }
        yield Message.of(object.getString("message"), values(object.getJsonArray("arguments")));
      }
      default -> String.valueOf(value);
    };
  }

  /** A label kept by its key, read in the reader's language. */
  record KeptLabel(String labelKey) implements Labelled, Serializable {}
}
