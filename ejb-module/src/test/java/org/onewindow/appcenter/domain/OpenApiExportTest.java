package org.onewindow.appcenter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onewindow.appcenter.domain.InterfaceExamples.DIVISIONS;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onewindow.outbound.HttpMethod;

/** OpenAPI 3.0.3 documents of the standard's interface examples (000 9.4.2 示例7, 9.4.3 图4). */
class OpenApiExportTest {

  private static final Set<String> OPERATION_MEMBERS =
      Set.of(
          "operationId",
          "summary",
          "description",
          "tags",
          "parameters",
          "requestBody",
          "responses",
          "x-division-code",
          "x-channel",
          "x-fixed-query");

  @Test
  void example7AsGetHasQueryParametersAndAProcessResponse() {
    JsonObject doc =
        OpenApiExport.toJson(InterfaceExamples.example7(HttpMethod.GET, ReturnFormat.JSON), 3);
    assertValidStructure(doc);

    assertEquals("3.0.3", doc.getString("openapi"));
    assertEquals("事项查询", doc.getJsonObject("info").getString("title"));
    assertEquals("3", doc.getJsonObject("info").getString("version"));
    assertEquals("***接口", doc.getJsonObject("info").getString("description"));
    assertEquals("https://api.example.gov.cn", server(doc));
    assertEquals(Set.of("/query"), doc.getJsonObject("paths").keySet());

    JsonObject get = doc.getJsonObject("paths").getJsonObject("/query").getJsonObject("get");
    assertEquals("getQuery", get.getString("operationId"));
    assertEquals("330100", get.getString("x-division-code"));
    assertEquals("all", get.getString("x-channel"));
    assertFalse(get.containsKey("requestBody"));
    JsonArray parameters = get.getJsonArray("parameters");
    assertEquals(
        List.of("region", "pf", "auth_code", "name", "code"),
        parameters.getValuesAs(JsonObject.class).stream().map(p -> p.getString("name")).toList());
    JsonObject region = parameters.getJsonObject(0);
    assertEquals("query", region.getString("in"));
    assertTrue(region.getBoolean("required"));
    assertEquals("string", region.getJsonObject("schema").getString("type"));
    assertTrue(region.getString("description").contains("C0109.1-2018"));

    JsonObject processResponse =
        responseSchema(get, "application/json")
            .getJsonObject("properties")
            .getJsonObject("process_response");
    assertEquals("object", processResponse.getString("type"));
    assertEquals(
        Set.of("result_code", "error_code", "error_msg", "date"),
        processResponse.getJsonObject("properties").keySet());
    assertEquals(
        List.of("result_code", "error_code", "error_msg", "date"),
        strings(processResponse.getJsonArray("required")));
  }

  @Test
  void example7AsPostWithXmlHasAFormBodyAndAnXmlRoot() {
    JsonObject doc =
        OpenApiExport.toJson(InterfaceExamples.example7(HttpMethod.POST, ReturnFormat.XML), 1);
    assertValidStructure(doc);
    JsonObject post = doc.getJsonObject("paths").getJsonObject("/query").getJsonObject("post");
    assertFalse(post.containsKey("parameters"));
    JsonObject form = formSchema(post);
    assertEquals(
        List.of("region", "pf", "auth_code", "name", "code"),
        List.copyOf(form.getJsonObject("properties").keySet()));
    assertEquals(
        List.of("region", "pf", "auth_code", "name", "code"),
        strings(form.getJsonArray("required")));
    JsonObject root = responseSchema(post, "application/xml");
    assertEquals("process_response", root.getJsonObject("xml").getString("name"));
    assertTrue(root.getJsonObject("properties").containsKey("result_code"));
  }

  @Test
  void figure4IsAPostWithCityAndQ() {
    JsonObject doc = OpenApiExport.toJson(InterfaceExamples.figure4(), 2);
    assertValidStructure(doc);
    assertEquals("全国公交查询 / 全国线路查询", doc.getJsonObject("info").getString("title"));
    assertFalse(doc.getJsonObject("info").containsKey("description"), "no remark, no description");
    assertEquals("https://bus.example.gov.cn", server(doc));
    JsonObject post = doc.getJsonObject("paths").getJsonObject("/bus/line").getJsonObject("post");
    assertEquals("postBusLine", post.getString("operationId"));
    assertEquals("全国线路查询", post.getString("summary"));
    assertEquals(List.of("全国公交查询"), strings(post.getJsonArray("tags")));
    assertEquals("110000", post.getString("x-division-code"));
    assertEquals("gov", post.getString("x-channel"));
    assertTrue(post.getJsonObject("requestBody").getBoolean("required"));
    JsonObject form = formSchema(post);
    assertEquals(Set.of("city", "q"), form.getJsonObject("properties").keySet());
    assertEquals(
        "string", form.getJsonObject("properties").getJsonObject("city").getString("type"));
    assertEquals(List.of("city", "q"), strings(form.getJsonArray("required")));
    JsonObject processResponse =
        responseSchema(post, "application/json")
            .getJsonObject("properties")
            .getJsonObject("process_response");
    assertFalse(processResponse.containsKey("required"), "OpenAPI 3.0 forbids an empty list");
  }

  @Test
  void typesMapToOpenApiSchemas() {
    InterfaceDefinition definition =
        InterfaceDefinition.checked(
            "",
            "Line Query v2",
            "http://10.1.2.3:8080",
            HttpMethod.GET,
            InterfaceProtocol.HTTP,
            ReturnFormat.JSON,
            "",
            "440300",
            "",
            List.of(
                ParameterDefinition.of("s", false, ParameterType.STRING, ""),
                ParameterDefinition.of("i", false, ParameterType.INT, ""),
                ParameterDefinition.of("n", false, ParameterType.NUMBER, ""),
                ParameterDefinition.of("b", false, ParameterType.BOOLEAN, ""),
                ParameterDefinition.of("o", false, ParameterType.OBJECT, ""),
                ParameterDefinition.of("a", false, ParameterType.ARRAY, "")),
            List.of(),
            DIVISIONS);
    JsonObject doc = OpenApiExport.toJson(definition, 0);
    assertValidStructure(doc);
    assertEquals("http://10.1.2.3:8080", server(doc));
    JsonObject get = doc.getJsonObject("paths").getJsonObject("/").getJsonObject("get");
    assertEquals("lineQueryV2", get.getString("operationId"));
    List<JsonObject> schemas =
        get.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
            .map(p -> p.getJsonObject("schema"))
            .toList();
    assertEquals(
        List.of(
            Json.createObjectBuilder().add("type", "string").build(),
            Json.createObjectBuilder().add("type", "integer").add("format", "int64").build(),
            Json.createObjectBuilder().add("type", "number").build(),
            Json.createObjectBuilder().add("type", "boolean").build(),
            Json.createObjectBuilder().add("type", "object").build(),
            Json.createObjectBuilder()
                .add("type", "array")
                .add("items", JsonValue.EMPTY_JSON_OBJECT)
                .build()),
        schemas);
  }

  @Test
  void aFixedQueryInTheAddressIsKept() {
    InterfaceDefinition definition =
        InterfaceDefinition.checked(
            "",
            "查询",
            "https://a.example.cn:8443/api/%E6%9F%A5?key=demo",
            HttpMethod.POST,
            InterfaceProtocol.HTTPS,
            ReturnFormat.JSON,
            "",
            "330100",
            "all",
            List.of(),
            List.of(),
            DIVISIONS);
    JsonObject doc = OpenApiExport.toJson(definition, 5);
    assertValidStructure(doc);
    assertEquals("https://a.example.cn:8443", server(doc));
    JsonObject post =
        doc.getJsonObject("paths").getJsonObject("/api/%E6%9F%A5").getJsonObject("post");
    assertEquals("key=demo", post.getString("x-fixed-query"));
    assertEquals("postApi", post.getString("operationId"), "only ASCII words of the decoded path");
    assertFalse(post.containsKey("requestBody"), "no parameters, no body");
  }

  @Test
  void theTextExportParsesBackToTheSameDocument() {
    InterfaceDefinition definition = InterfaceExamples.figure4();
    String text = OpenApiExport.export(definition, 7);
    assertEquals(
        OpenApiExport.toJson(definition, 7),
        Json.createReader(new StringReader(text)).readObject());
  }

  @Test
  void aNegativeRevisionIsAProgrammingError() {
    assertThrows(
        IllegalArgumentException.class,
        () -> OpenApiExport.toJson(InterfaceExamples.figure4(), -1));
  }

  /** The parts of the OpenAPI 3.0.3 schema this export uses, checked member by member. */
  private static void assertValidStructure(JsonObject doc) {
    assertEquals(Set.of("openapi", "info", "servers", "paths"), doc.keySet());
    JsonObject info = doc.getJsonObject("info");
    assertFalse(info.getString("title").isBlank());
    assertTrue(info.get("version") instanceof JsonString);
    assertTrue(server(doc).matches("https?://[^/?#]+"), server(doc));
    for (var path : doc.getJsonObject("paths").entrySet()) {
      assertTrue(path.getKey().startsWith("/"), path.getKey());
      JsonObject item = path.getValue().asJsonObject();
      assertEquals(1, item.size());
      for (var op : item.entrySet()) {
        assertTrue(Set.of("get", "post").contains(op.getKey()));
        JsonObject operation = op.getValue().asJsonObject();
        assertTrue(
            OPERATION_MEMBERS.containsAll(operation.keySet()), operation.keySet().toString());
        assertTrue(operation.getString("operationId").matches("[A-Za-z][A-Za-z0-9]{0,63}"));
        if (operation.containsKey("parameters")) {
          for (JsonObject p : operation.getJsonArray("parameters").getValuesAs(JsonObject.class)) {
            assertEquals("query", p.getString("in"));
            assertFalse(p.getString("name").isEmpty());
            assertValidSchema(p.getJsonObject("schema"));
          }
        }
        if (operation.containsKey("requestBody")) {
          assertEquals("post", op.getKey(), "a GET carries no body");
          JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
          assertEquals(Set.of("application/x-www-form-urlencoded"), content.keySet());
          assertValidSchema(formSchema(operation));
        }
        JsonObject ok = operation.getJsonObject("responses").getJsonObject("200");
        assertFalse(ok.getString("description").isBlank(), "a response needs a description");
        JsonObject content = ok.getJsonObject("content");
        assertEquals(1, content.size());
        for (var media : content.entrySet()) {
          assertValidSchema(media.getValue().asJsonObject().getJsonObject("schema"));
        }
      }
    }
  }

  private static void assertValidSchema(JsonObject schema) {
    String type = schema.getString("type");
    assertTrue(
        Set.of("string", "integer", "number", "boolean", "object", "array").contains(type), type);
    if (type.equals("array")) {
      assertTrue(schema.containsKey("items"), "OpenAPI 3.0 arrays need items");
    }
    if (schema.containsKey("properties")) {
      for (JsonValue property : schema.getJsonObject("properties").values()) {
        assertValidSchema(property.asJsonObject());
      }
    }
    if (schema.containsKey("required")) {
      List<String> required = strings(schema.getJsonArray("required"));
      assertFalse(required.isEmpty(), "OpenAPI 3.0 forbids an empty required list");
      assertTrue(schema.getJsonObject("properties").keySet().containsAll(required));
      assertEquals(Set.copyOf(required).size(), required.size());
    }
  }

  private static String server(JsonObject doc) {
    return doc.getJsonArray("servers").getJsonObject(0).getString("url");
  }

  private static JsonObject formSchema(JsonObject operation) {
    return operation
        .getJsonObject("requestBody")
        .getJsonObject("content")
        .getJsonObject("application/x-www-form-urlencoded")
        .getJsonObject("schema");
  }

  private static JsonObject responseSchema(JsonObject operation, String mediaType) {
    return operation
        .getJsonObject("responses")
        .getJsonObject("200")
        .getJsonObject("content")
        .getJsonObject(mediaType)
        .getJsonObject("schema");
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }
}
