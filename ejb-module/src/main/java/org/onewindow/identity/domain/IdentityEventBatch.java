package org.onewindow.identity.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.onewindow.common.InvalidInputException;

/**
 * Reads the JSON array the realm posts. Strict: one malformed event refuses the whole batch, so the
 * sender learns of it at once instead of losing events quietly; the trail is never half-fed.
 */
public final class IdentityEventBatch {

  /** The realm's outbox sends at most 200; a margin, and no more. */
  public static final int MAX_EVENTS = 500;

  public static final int MAX_BYTES = 1 << 20;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,79}");
  private static final int MAX_DETAIL_ENTRIES = 20;
  private static final int MAX_TEXT = 200;

  private static final JsonProvider JSON = JsonProvider.provider();

  private IdentityEventBatch() {}

  /**
   * @throws InvalidInputException naming what is wrong (never echoing a value)
   */
  public static List<IdentityEvent> parse(byte[] body) {
    if (body.length > MAX_BYTES) {
      throw InvalidInputException.keyed("body", "identity.events.tooLarge", MAX_BYTES);
    }
    JsonArray array;
    try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(body))) {
      array = reader.readArray();
    } catch (JsonException | IllegalStateException e) {
      throw InvalidInputException.keyed("body", "identity.events.notArray");
    }
    if (array.size() > MAX_EVENTS) {
      throw InvalidInputException.keyed("body", "identity.events.tooMany", MAX_EVENTS);
    }
    List<IdentityEvent> events = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      if (!(array.get(i) instanceof JsonObject object)) {
        throw InvalidInputException.keyed("body", "identity.events.notObject", i);
      }
      events.add(event(object, i));
    }
    return events;
  }

  private static IdentityEvent event(JsonObject object, int index) {
    String kind = text(object, "kind", index);
    if (!IdentityEvent.USER.equals(kind) && !IdentityEvent.ADMIN.equals(kind)) {
      throw invalid(index, "kind");
    }
    String outcome = text(object, "outcome", index);
    if (!"success".equals(outcome) && !"failure".equals(outcome)) {
      throw invalid(index, "outcome");
    }
    return new IdentityEvent(
        matching(object, "id", ID, index),
        kind,
        time(object, index),
        matching(object, "type", TYPE, index),
        object.containsKey("actor") ? text(object, "actor", index) : "",
        outcome,
        detail(object, index));
  }

  private static Instant time(JsonObject object, int index) {
    if (!(object.get("time") instanceof JsonNumber number) || !number.isIntegral()) {
      throw invalid(index, "time");
    }
    long millis = number.longValue();
    if (millis <= 0) {
      throw invalid(index, "time");
    }
    return Instant.ofEpochMilli(millis);
  }

  private static Map<String, String> detail(JsonObject object, int index) {
    JsonValue value = object.getOrDefault("detail", JsonValue.EMPTY_JSON_OBJECT);
    if (!(value instanceof JsonObject detail) || detail.size() > MAX_DETAIL_ENTRIES) {
      throw invalid(index, "detail");
    }
    Map<String, String> entries = new HashMap<>();
    detail.forEach(
        (key, entry) -> {
          if (key.length() > 40 || !(entry instanceof JsonString string)) {
            throw invalid(index, "detail");
          }
          entries.put(key, bounded(string.getString()));
        });
    return entries;
  }

  private static String matching(JsonObject object, String field, Pattern pattern, int index) {
    String value = text(object, field, index);
    if (!pattern.matcher(value).matches()) {
      throw invalid(index, field);
    }
    return value;
  }

  private static String text(JsonObject object, String field, int index) {
    if (!(object.get(field) instanceof JsonString string)) {
      throw invalid(index, field);
    }
    return bounded(string.getString());
  }

  private static String bounded(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
  }

  private static InvalidInputException invalid(int index, String field) {
    return InvalidInputException.keyed(field, "identity.events.malformed", index, field);
  }
}
