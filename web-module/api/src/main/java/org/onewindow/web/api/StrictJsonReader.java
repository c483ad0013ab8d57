package org.onewindow.web.api;

import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Reads every JSON request body of the API (the request records of {@code org.onewindow.web.api})
 * strictly, in one place for every resource: the body must be JSON (RFC 8259, UTF-8, no member
 * twice) and fit the record's fields ({@link JsonShape}) before JSON-B binds it. A body that does
 * not is refused 400 20000 naming the field; an empty body reads as null, which each resource
 * answers 20003 「请求内容不能为空」.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
public class StrictJsonReader implements MessageBodyReader<Object> {

  /** Both spellings of a member would bind to one field, and which one wins is not said. */
  private static final JsonReaderFactory READERS =
      Json.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord() && type.getPackageName().startsWith("org.onewindow.web.api");
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    String text = new String(entityStream.readAllBytes(), StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return null;
    }
    try {
      return read(text, genericType);
    } catch (BodyShapeException e) {
      throw new RefusedBodyException(e);
    }
  }

  /**
   * {@code text} bound to {@code type}, after the checks.
   *
   * @throws BodyShapeException when it is not JSON or does not fit the type
   */
  static Object read(String text, Type type) {
    JsonValue value;
    try (JsonReader reader = READERS.createReader(new StringReader(text))) {
      value = reader.readValue();
    } catch (JsonException e) {
      throw new BodyShapeException("body.notJson", "body");
    }
    JsonShape.check(type, value);
    try {
      return Binding.JSONB.fromJson(text, type);
    } catch (JsonbException e) {
      throw new BodyShapeException("body.notJson", "body");
    }
  }

  /** JSON-B, created on first use (thread-safe and meant to be shared). */
  private static final class Binding {
    static final Jsonb JSONB = JsonbBuilder.create();
  }
}
