package org.onewindow.appcenter.domain;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.Message;
import org.onewindow.outbound.HttpMethod;
import org.onewindow.region.DivisionTable;

/**
 * The JSON file of one interface definition (000 9.4.2: 接口主要参数和模式, 示例7), as access units upload it
 * and the console downloads it:
 *
 * <pre>{@code
 * {"format": "onewindow-interface", "version": 1, "serviceName": "…", "name": "…",
 *  "address": "https://…/query", "method": "POST", "protocol": "https", "returnFormat": "JSON",
 *  "remark": "…", "divisionCode": "330100", "channel": "all",
 *  "requestParameters": [{"name": "region", "required": true, "type": "string",
 *                          "description": "…"}],
 *  "responseParameters": […]}
 * }</pre>
 *
 * <p>Export always writes every member in this order, so the same definition always gives the same
 * text. Import is strict about shape (a typo such as {@code requestParams} is refused rather than
 * silently dropped) and lenient about optional members: absent or {@code null} members are empty,
 * {@code format} and {@code version} may be left out. The definition is then built through {@link
 * InterfaceDefinition#checked}, so a file is held to every rule a form is.
 */
public final class InterfaceDefinitionJson {

  /** The value of the {@code format} member. */
  public static final String FORMAT = "onewindow-interface";

  /** The version of the document this class writes and reads. */
  public static final int VERSION = 1;

  /** Largest document accepted, in UTF-8 bytes: 100 parameters with long descriptions fit. */
  public static final int MAX_BYTES = 256 * 1024;

  private static final Set<String> MEMBERS =
      Set.of(
          "format",
          "version",
          "serviceName",
          "name",
          "address",
          "method",
          "protocol",
          "returnFormat",
          "remark",
          "divisionCode",
          "channel",
          "requestParameters",
          "responseParameters");

  private static final Set<String> PARAMETER_MEMBERS =
      Set.of("name", "required", "type", "description");

  /** A definition nests four deep (document, parameter list, parameter); leave some room. */
  private static final int MAX_DEPTH = 16;

  private static final JsonWriterFactory WRITERS =
      Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  private InterfaceDefinitionJson() {}

  /** The definition as a JSON object, members in the documented order. */
  public static JsonObject toJson(InterfaceDefinition definition) {
    return Json.createObjectBuilder()
        .add("format", FORMAT)
        .add("version", VERSION)
        .add("serviceName", definition.serviceName())
        .add("name", definition.name())
        .add("address", definition.address())
        .add("method", definition.method().name())
        .add("protocol", definition.protocol().scheme())
        .add("returnFormat", definition.returnFormat().name())
        .add("remark", definition.remark())
        .add("divisionCode", definition.divisionCode())
        .add("channel", definition.channel())
        .add("requestParameters", parametersJson(definition.requestParameters()))
        .add("responseParameters", parametersJson(definition.responseParameters()))
        .build();
  }

  /** The definition as an indented JSON document (UTF-8 when written out; no trailing newline). */
  public static String export(InterfaceDefinition definition) {
    StringWriter text = new StringWriter();
    try (JsonWriter writer = WRITERS.createWriter(text)) {
      writer.writeObject(toJson(definition));
    }
    return text.toString().strip();
  }

  /**
   * Reads an uploaded file: at most {@link #MAX_BYTES} bytes of UTF-8 (a leading BOM is allowed).
   *
   * @throws InvalidInputException when the file is too large, not UTF-8 or not a valid definition
   */
  public static InterfaceDefinition importFrom(InputStream in, DivisionTable divisions) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw InvalidInputException.keyed("file", "appcenter.json.unreadable");
    }
    if (bytes.length > MAX_BYTES) {
      throw tooLarge();
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw InvalidInputException.keyed("file", "appcenter.json.notUtf8");
    }
    return importFrom(text, divisions);
  }

  /**
   * Reads a definition document.
   *
   * @throws InvalidInputException naming the member at fault (its {@link
   *     InvalidInputException#field() field} is the member's path, e.g. {@code
   *     requestParameters[2].type}; rule violations keep {@link InterfaceDefinition#checked}'s
   *     field)
   */
  public static InterfaceDefinition importFrom(String text, DivisionTable divisions) {
    if (text == null || text.isBlank()) {
      throw InvalidInputException.keyed("file", "appcenter.json.empty");
    }
    if (text.length() > MAX_BYTES || StandardCharsets.UTF_8.encode(text).remaining() > MAX_BYTES) {
      throw tooLarge();
    }
    String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return fromJson(parse(json), divisions);
  }

  /**
   * Builds a definition from a parsed document.
   *
   * @throws InvalidInputException as {@link #importFrom(String, DivisionTable)}
   */
  public static InterfaceDefinition fromJson(JsonValue document, DivisionTable divisions) {
    if (document == null || document.getValueType() != JsonValue.ValueType.OBJECT) {
      throw InvalidInputException.keyed("file", "appcenter.json.notObject");
    }
    JsonObject object = document.asJsonObject();
    refuseUnknown(object, MEMBERS, "");
    String format = optionalString(object, "format", "format");
    if (format != null && !format.equals(FORMAT)) {
      throw InvalidInputException.keyed("format", "appcenter.json.format", FORMAT);
    }
    JsonValue version = object.get("version");
    if (!absent(version) && !isVersion(version)) {
      throw InvalidInputException.keyed(
          "version", "appcenter.json.version", String.valueOf(VERSION));
    }
    String method = optionalString(object, "method", "method");
    String protocol = optionalString(object, "protocol", "protocol");
    String returnFormat = optionalString(object, "returnFormat", "returnFormat");
    return InterfaceDefinition.checked(
        optionalString(object, "serviceName", "serviceName"),
        optionalString(object, "name", "name"),
        optionalString(object, "address", "address"),
        method == null ? null : HttpMethod.parse(method),
        protocol == null ? null : InterfaceProtocol.parse(protocol),
        returnFormat == null ? null : ReturnFormat.parse(returnFormat),
        optionalString(object, "remark", "remark"),
        optionalString(object, "divisionCode", "divisionCode"),
        optionalString(object, "channel", "channel"),
        parameters(object, "requestParameters", "appcenter.interface.requestParameters"),
        parameters(object, "responseParameters", "appcenter.interface.responseParameters"),
        divisions);
  }

  private static JsonValue parse(String json) {
    try {
      checkSyntax(json);
      try (JsonReader reader = Json.createReader(new StringReader(json))) {
        return reader.readValue();
      }
    } catch (JsonParsingException e) {
      throw InvalidInputException.keyed("file", "appcenter.json.invalid", where(e.getLocation()));
    } catch (InvalidInputException e) {
      throw e;
    } catch (RuntimeException e) {
      // JsonException, NoSuchElementException, or a bare RuntimeException for input nested too
      // deeply: whatever the parser throws, the user sees a message, not a stack trace
      throw InvalidInputException.keyed("file", "appcenter.json.invalid", "");
    }
  }

  /**
   * A streaming pass before the document is built, checking what JSON-P's reader lets through or
   * leaves to the implementation: duplicate members (which one counts would depend on the parser),
   * nesting deeper than a definition needs, and content after the value.
   */
  private static void checkSyntax(String json) {
    try (JsonParser parser = Json.createParser(new StringReader(json))) {
      Deque<Set<String>> objects = new ArrayDeque<>();
      int depth = 0;
      do {
        JsonParser.Event event = parser.next();
        switch (event) {
          case START_OBJECT, START_ARRAY -> {
            if (++depth > MAX_DEPTH) {
              throw InvalidInputException.keyed(
                  "file",
                  "appcenter.json.tooDeep",
                  String.valueOf(MAX_DEPTH),
                  where(parser.getLocation()));
            }
            objects.push(event == JsonParser.Event.START_OBJECT ? new HashSet<>() : Set.of());
          }
          case END_OBJECT, END_ARRAY -> {
            depth--;
            objects.pop();
          }
          case KEY_NAME -> {
            String key = parser.getString();
            if (!objects.peek().add(key)) {
              throw InvalidInputException.keyed(
                  "file", "appcenter.json.duplicate", shorten(key), where(parser.getLocation()));
            }
          }
          default -> {
            // a scalar value
          }
        }
      } while (depth > 0);
      if (parser.hasNext()) {
        throw InvalidInputException.keyed(
            "file", "appcenter.json.trailing", where(parser.getLocation()));
      }
    }
  }

  private static Object where(JsonLocation at) {
    return at == null || at.getLineNumber() < 1
        ? ""
        : Message.of(
            "appcenter.json.where",
            String.valueOf(at.getLineNumber()),
            String.valueOf(at.getColumnNumber()));
  }

  private static List<ParameterDefinition> parameters(
      JsonObject object, String member, String labelKey) {
    Message label = Message.of(labelKey);
    JsonValue value = object.get(member);
    if (absent(value)) {
      return List.of();
    }
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      throw InvalidInputException.keyed(member, "appcenter.json.notArray", member);
    }
    JsonArray array = value.asJsonArray();
    if (array.size() > InterfaceDefinition.MAX_PARAMETERS) {
      throw InvalidInputException.keyed(
          member,
          "appcenter.json.tooManyParameters",
          label,
          member,
          String.valueOf(InterfaceDefinition.MAX_PARAMETERS));
    }
    List<ParameterDefinition> list = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      list.add(
          parameter(
              array.get(i),
              member + "[" + i + "]",
              Message.of("appcenter.json.entry", label, String.valueOf(i + 1))));
    }
    return list;
  }

  private static ParameterDefinition parameter(JsonValue value, String path, Message label) {
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw InvalidInputException.keyed(path, "appcenter.json.notMemberObject", path);
    }
    JsonObject object = value.asJsonObject();
    refuseUnknown(object, PARAMETER_MEMBERS, path + ".");
    String name = optionalString(object, "name", path + ".name");
    boolean required = optionalBoolean(object, "required", path + ".required");
    String type = optionalString(object, "type", path + ".type");
    String description = optionalString(object, "description", path + ".description");
    try {
      return ParameterDefinition.of(
          name,
          required,
          type == null ? null : ParameterType.parse(type, name == null ? "" : name.strip()),
          description);
    } catch (InvalidInputException e) {
      // say which entry of the file it is: names repeat between request and response parameters
      throw InvalidInputException.keyed(
          path,
          "appcenter.json.inEntry",
          label,
          e.text().<Object>map(t -> t).orElse(e.getMessage()));
    }
  }

  private static void refuseUnknown(JsonObject object, Set<String> known, String prefix) {
    for (String key : object.keySet()) {
      if (!known.contains(key)) {
        String shown = shorten(key);
        throw InvalidInputException.keyed(
            prefix + shown, "appcenter.json.unknownMember", prefix + shown);
      }
    }
  }

  private static String optionalString(JsonObject object, String member, String path) {
    JsonValue value = object.get(member);
    if (absent(value)) {
      return null;
    }
    if (value.getValueType() != JsonValue.ValueType.STRING) {
      throw InvalidInputException.keyed(path, "appcenter.json.notString", path);
    }
    return ((JsonString) value).getString();
  }

  private static boolean optionalBoolean(JsonObject object, String member, String path) {
    JsonValue value = object.get(member);
    if (absent(value) || value.getValueType() == JsonValue.ValueType.FALSE) {
      return false;
    }
    if (value.getValueType() == JsonValue.ValueType.TRUE) {
      return true;
    }
    throw InvalidInputException.keyed(path, "appcenter.json.notBoolean", path);
  }

  private static boolean absent(JsonValue value) {
    return value == null || value.getValueType() == JsonValue.ValueType.NULL;
  }

  private static boolean isVersion(JsonValue value) {
    if (value.getValueType() != JsonValue.ValueType.NUMBER) {
      return false;
    }
    try {
      // compareTo looks at the exponent first, so even 1e999999 costs nothing
      return ((JsonNumber) value).bigDecimalValue().compareTo(BigDecimal.valueOf(VERSION)) == 0;
    } catch (UnsupportedOperationException | ArithmeticException | NumberFormatException e) {
      return false; // a number the parser refuses to expand (Parsson limits their length)
    }
  }

  private static JsonArrayBuilder parametersJson(List<ParameterDefinition> parameters) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (ParameterDefinition parameter : parameters) {
      JsonObjectBuilder item =
          Json.createObjectBuilder()
              .add("name", parameter.name())
              .add("required", parameter.required())
              .add("type", parameter.type().wireName())
              .add("description", parameter.description());
      array.add(item);
    }
    return array;
  }

  private static String shorten(String key) {
    return key.length() <= 40 ? key : key.substring(0, 40) + "…";
  }

  private static InvalidInputException tooLarge() {
    return InvalidInputException.keyed(
        "file", "appcenter.json.tooLarge", String.valueOf(MAX_BYTES / 1024));
  }
}
