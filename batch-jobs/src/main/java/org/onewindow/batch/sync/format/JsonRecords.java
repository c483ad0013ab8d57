package org.onewindow.batch.sync.format;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
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
   * Made once: {@code Json.createReader} looks the provider up through the service loader at every
   * call, which profiled as most of a JSON-lines file's reading time (one lookup per record).
   */
  static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

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
      try (JsonReader reader = READERS.createReader(new StringReader(line))) {
        JsonValue value = reader.readValue();
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
          return RawRecord.malformed(ordinal, "not a JSON object", line);
        }
        return RawRecord.of(ordinal, fields(value.asJsonObject()), line);
      } catch (JsonException e) {
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
      this.parser = Json.createParser(source);
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
