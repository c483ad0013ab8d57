package org.onewindow.batch.sync.format;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON records: one object per line (JSON lines; a bad line is one malformed record and reading
 * goes on), or one array of objects (streamed; a syntax error ends the file). Values are taken as
 * text: strings as they are, numbers and booleans as written, null as absent, objects and arrays as
 * their JSON.
 */
final class JsonRecords {

  /**
   * Made once: {@code Json.createParser} looks the provider up through the service loader at every
   * call, which profiled as most of a JSON-lines file's reading time (one lookup per record).
   */
  static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

  private JsonRecords() {}

  static RecordSource open(Reader reader) throws IOException {
    BufferedReader buffered =
        reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
    buffered.mark(1 << 16);
    int c;
    do {
      c = buffered.read();
    } while (c == ' ' || c == '\t' || c == '\r' || c == '\n');
    buffered.reset();
    return c == '[' ? new ArrayRecords(buffered) : new LineRecords(buffered);
  }

  /**
   * The fields of the object whose start the parser has just read, streamed (no object model
   * between the text and the map: building one for every record profiled as a third of reading a
   * JSON-lines file). Null and blank values are left out, as {@link RawRecord#of} leaves them.
   */
  static LinkedHashMap<String, String> objectFields(JsonParser parser) {
    LinkedHashMap<String, String> fields = new LinkedHashMap<>();
    String name = null;
    while (true) {
      JsonParser.Event event = parser.next();
      switch (event) {
        case END_OBJECT -> {
          return fields;
        }
        case KEY_NAME -> name = parser.getString();
        case VALUE_STRING, VALUE_NUMBER -> keep(fields, name, parser.getString());
        case VALUE_TRUE -> keep(fields, name, "true");
        case VALUE_FALSE -> keep(fields, name, "false");
        case VALUE_NULL -> fields.remove(name);
        case START_OBJECT -> keep(fields, name, parser.getObject().toString());
        case START_ARRAY -> keep(fields, name, parser.getArray().toString());
        default -> throw new JsonException("unexpected " + event);
      }
    }
  }

  private static void keep(Map<String, String> fields, String name, String value) {
    if (value.isBlank()) {
      fields.remove(name); // a later blank duplicate wins, as in an object model
    } else {
      fields.put(name, value);
    }
  }

  static Map<String, String> fields(JsonObject object) {
    Map<String, String> fields = new LinkedHashMap<>();
    object.forEach((name, value) -> fields.put(name, text(value)));
    return fields;
  }

  private static String text(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> ((JsonString) value).getString();
      case NULL -> null;
      default -> value.toString();
    };
  }

  /** One object per line; blank lines are no records. */
  private static final class LineRecords implements RecordSource {
    private final BufferedReader lines;
    private long ordinal;

    LineRecords(BufferedReader lines) {
      this.lines = lines;
    }

    @Override
    public RawRecord next() throws IOException {
      String line;
      do {
        line = lines.readLine();
        if (line == null) {
          return null;
        }
      } while (line.isBlank());
      ordinal++;
      try (JsonParser parser = PARSERS.createParser(new StringReader(line))) {
        if (parser.next() != JsonParser.Event.START_OBJECT) {
          return RawRecord.malformed(ordinal, "not a JSON object", line);
        }
        LinkedHashMap<String, String> fields = objectFields(parser);
        if (parser.hasNext()) {
          parser.next(); // what follows the object: a syntax error, reported below
          return RawRecord.malformed(ordinal, "not JSON: more than one value on the line", line);
        }
        return RawRecord.ofKept(ordinal, fields, line);
      } catch (JsonException | java.util.NoSuchElementException e) {
        return RawRecord.malformed(ordinal, "not JSON: " + e.getMessage(), line);
      }
    }

    @Override
    public void close() throws IOException {
      lines.close();
    }
  }

  /** The objects of one array, streamed. */
  private static final class ArrayRecords implements RecordSource {
    private final Reader source;
    private final JsonParser parser;
    private long ordinal;
    private boolean started;
    private boolean ended;

    ArrayRecords(Reader source) {
      this.source = source;
      this.parser = PARSERS.createParser(source);
    }

    @Override
    public RawRecord next() {
      if (ended) {
        return null;
      }
      try {
        if (!started) {
          started = true;
          parser.next(); // START_ARRAY, seen by open()
        }
        JsonParser.Event event = parser.next();
        if (event == JsonParser.Event.END_ARRAY) {
          ended = true;
          return null;
        }
        ordinal++;
        if (event != JsonParser.Event.START_OBJECT) {
          parser.skipArray();
          ended = true;
          return RawRecord.malformed(ordinal, "an array element is not an object", "");
        }
        JsonObject object = parser.getObject();
        return RawRecord.of(ordinal, fields(object), object.toString());
      } catch (JsonException | java.util.NoSuchElementException e) {
        ended = true;
        return RawRecord.malformed(
            ordinal == 0 ? 1 : ordinal, "not JSON, reading stops: " + e.getMessage(), "");
      }
    }

    @Override
    public void close() throws IOException {
      try {
        parser.close();
      } catch (JsonException ignored) {
        // a broken document; the reader is closed below
      }
      source.close();
    }
  }
}
