package org.onewindow.appcenter.domain;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onewindow.common.Messages;
import org.onewindow.outbound.HttpMethod;

/**
 * One interface definition (000 9.4.2 示例7) as an OpenAPI 3.0.3 document, for access units and
 * developers whose tools read OpenAPI. The mapping:
 *
 * <ul>
 *   <li>{@code info}: title from the service and interface names (图4: 全国公交查询 / 全国线路查询), version the
 *       definition's revision, description its remark;
 *   <li>{@code servers[0]}: scheme, host and port of the address; the address's path is the one
 *       path, with one {@code get} or {@code post} operation;
 *   <li>request parameters: query parameters for GET, an {@code application/x-www-form-urlencoded}
 *       body for POST;
 *   <li>response: 200 with the {@code process_response} object of 001 8.3.4.2 whose properties are
 *       the response parameters, as JSON or XML after the return format;
 *   <li>the division code and channel ({@code pf}) as {@code x-division-code} and {@code
 *       x-channel}; a fixed query string in the address as {@code x-fixed-query}.
 * </ul>
 */
public final class OpenApiExport {

  /** The OpenAPI version written. */
  public static final String OPENAPI_VERSION = "3.0.3";

  /** The response object of registered interfaces (000 示例7, 001 8.3.4.2). */
  static final String PROCESS_RESPONSE = "process_response";

  private static final int MAX_OPERATION_ID = 64;

  private static final JsonWriterFactory WRITERS =
      Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  private OpenApiExport() {}

  /**
   * The OpenAPI document of a definition.
   *
   * @param revision the definition's revision number, written as {@code info.version}
   * @throws IllegalArgumentException when the revision is negative
   */
  public static JsonObject toJson(InterfaceDefinition definition, long revision) {
    if (revision < 0) {
      throw new IllegalArgumentException("revision must not be negative: " + revision);
    }
    URI address = URI.create(definition.address()); // checked() accepted it, so it parses
    JsonObjectBuilder info =
        Json.createObjectBuilder()
            .add("title", title(definition))
            .add("version", Long.toString(revision));
    if (!definition.remark().isEmpty()) {
      info.add("description", definition.remark());
    }
    String path =
        address.getRawPath() == null || address.getRawPath().isEmpty() ? "/" : address.getRawPath();
    return Json.createObjectBuilder()
        .add("openapi", OPENAPI_VERSION)
        .add("info", info)
        .add(
            "servers",
            Json.createArrayBuilder().add(Json.createObjectBuilder().add("url", server(address))))
        .add(
            "paths",
            Json.createObjectBuilder()
                .add(
                    path,
                    Json.createObjectBuilder()
                        .add(
                            definition.method().name().toLowerCase(Locale.ROOT),
                            operation(definition, address))))
        .build();
  }

  /** The document as indented JSON text. */
  public static String export(InterfaceDefinition definition, long revision) {
    StringWriter text = new StringWriter();
    try (JsonWriter writer = WRITERS.createWriter(text)) {
      writer.writeObject(toJson(definition, revision));
    }
    return text.toString().strip();
  }

  /**
   * An operationId made only of ASCII letters and digits, as code generators need: the Latin words
   * of the name in camel case, or, for a name without any (全国线路查询), the method and the words of the
   * path ({@code postQuery}).
   */
  static String operationId(InterfaceDefinition definition, String path) {
    String words = path == null ? "" : path;
    String fromName = camelCase(definition.name(), false);
    String id =
        fromName.isEmpty()
            ? definition.method().name().toLowerCase(Locale.ROOT) + camelCase(words, true)
            : fromName;
    if (Character.isDigit(id.charAt(0))) {
      id = "op" + id;
    }
    return id.length() <= MAX_OPERATION_ID ? id : id.substring(0, MAX_OPERATION_ID);
  }

  private static JsonObjectBuilder operation(InterfaceDefinition definition, URI address) {
    JsonObjectBuilder operation =
        Json.createObjectBuilder()
            .add("operationId", operationId(definition, address.getPath()))
            .add("summary", definition.name());
    if (!definition.serviceName().isEmpty()) {
      operation.add("tags", Json.createArrayBuilder().add(definition.serviceName()));
    }
    if (!definition.remark().isEmpty()) {
      operation.add("description", definition.remark());
    }
    List<ParameterDefinition> request = definition.requestParameters();
    if (definition.method() == HttpMethod.GET) {
      if (!request.isEmpty()) {
        JsonArrayBuilder parameters = Json.createArrayBuilder();
        for (ParameterDefinition parameter : request) {
          JsonObjectBuilder query =
              Json.createObjectBuilder()
                  .add("name", parameter.name())
                  .add("in", "query")
                  .add("required", parameter.required());
          if (!parameter.description().isEmpty()) {
            query.add("description", parameter.description());
          }
          parameters.add(query.add("schema", schema(parameter.type())));
        }
        operation.add("parameters", parameters);
      }
    } else if (!request.isEmpty()) {
      operation.add(
          "requestBody",
          Json.createObjectBuilder()
              .add("required", request.stream().anyMatch(ParameterDefinition::required))
              .add(
                  "content",
                  Json.createObjectBuilder()
                      .add(
                          "application/x-www-form-urlencoded",
                          Json.createObjectBuilder().add("schema", objectSchema(request)))));
    }
    operation.add("responses", responses(definition));
    operation.add("x-division-code", definition.divisionCode());
    operation.add("x-channel", definition.channel());
    if (address.getRawQuery() != null && !address.getRawQuery().isEmpty()) {
      // OpenAPI paths carry no query; keep the address's fixed part so nothing is lost
      operation.add("x-fixed-query", address.getRawQuery());
    }
    return operation;
  }

  private static JsonObjectBuilder responses(InterfaceDefinition definition) {
    JsonObjectBuilder processResponse = objectSchema(definition.responseParameters());
    JsonObjectBuilder schema;
    String mediaType;
    if (definition.returnFormat() == ReturnFormat.XML) {
      // the XML document's root element is process_response itself
      mediaType = "application/xml";
      schema = processResponse.add("xml", Json.createObjectBuilder().add("name", PROCESS_RESPONSE));
    } else {
      mediaType = "application/json";
      schema =
          Json.createObjectBuilder()
              .add("type", "object")
              .add("properties", Json.createObjectBuilder().add(PROCESS_RESPONSE, processResponse))
              .add("required", Json.createArrayBuilder().add(PROCESS_RESPONSE));
    }
    return Json.createObjectBuilder()
        .add(
            "200",
            Json.createObjectBuilder()
                .add("description", document("appcenter.openApi.response", PROCESS_RESPONSE))
                .add(
                    "content",
                    Json.createObjectBuilder()
                        .add(mediaType, Json.createObjectBuilder().add("schema", schema))));
  }

  /** An object schema; {@code required} only when non-empty, as OpenAPI 3.0 demands. */
  private static JsonObjectBuilder objectSchema(List<ParameterDefinition> parameters) {
    JsonObjectBuilder properties = Json.createObjectBuilder();
    JsonArrayBuilder required = Json.createArrayBuilder();
    boolean anyRequired = false;
    for (ParameterDefinition parameter : parameters) {
      JsonObjectBuilder property = schema(parameter.type());
      if (!parameter.description().isEmpty()) {
        property.add("description", parameter.description());
      }
      properties.add(parameter.name(), property);
      if (parameter.required()) {
        required.add(parameter.name());
        anyRequired = true;
      }
    }
    JsonObjectBuilder schema =
        Json.createObjectBuilder().add("type", "object").add("properties", properties);
    return anyRequired ? schema.add("required", required) : schema;
  }

  private static JsonObjectBuilder schema(ParameterType type) {
    return switch (type) {
      case STRING -> Json.createObjectBuilder().add("type", "string");
      case INT -> Json.createObjectBuilder().add("type", "integer").add("format", "int64");
      case NUMBER -> Json.createObjectBuilder().add("type", "number");
      case BOOLEAN -> Json.createObjectBuilder().add("type", "boolean");
      case OBJECT -> Json.createObjectBuilder().add("type", "object");
      case ARRAY ->
          Json.createObjectBuilder()
              .add("type", "array")
              .add("items", JsonObject.EMPTY_JSON_OBJECT);
    };
  }

  private static String title(InterfaceDefinition definition) {
    return definition.serviceName().isEmpty()
        ? definition.name()
        : definition.serviceName() + " / " + definition.name();
  }

  private static String server(URI address) {
    String scheme = address.getScheme().toLowerCase(Locale.ROOT);
    String host = address.getHost(); // an IPv6 literal keeps its brackets
    return address.getPort() < 0
        ? scheme + "://" + host
        : scheme + "://" + host + ":" + address.getPort();
  }

  /** The ASCII letter and digit runs of a text, joined in camel case. */
  private static String camelCase(String text, boolean capitaliseFirst) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        word.append(c);
      } else if (!word.isEmpty()) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (!word.isEmpty()) {
      words.add(word.toString());
    }
    StringBuilder id = new StringBuilder();
    for (String w : words) {
      boolean first = id.isEmpty() && !capitaliseFirst;
      id.append(first ? Character.toLowerCase(w.charAt(0)) : Character.toUpperCase(w.charAt(0)));
      id.append(w, 1, w.length());
    }
    return id.toString();
  }

  /**
   * A description the export writes itself; the document is in the platform's language, as the
   * interface's own descriptions are.
   */
  private static String document(String key, Object... arguments) {
    return Messages.text(key, Messages.PLATFORM_LOCALE, arguments);
  }
}
