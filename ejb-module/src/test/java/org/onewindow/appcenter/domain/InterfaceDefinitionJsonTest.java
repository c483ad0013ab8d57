package org.onewindow.appcenter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onewindow.appcenter.domain.InterfaceExamples.DIVISIONS;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onewindow.common.InvalidInputException;
import org.onewindow.outbound.HttpMethod;

/** The interface definition file (000 9.4.2 示例7) written and read back. */
class InterfaceDefinitionJsonTest {

  private static final String MINIMAL =
      """
      {"name": "全国线路查询", "address": "https://bus.example.gov.cn/bus/line",
       "method": "post", "protocol": "HTTPS", "returnFormat": "json", "divisionCode": "110000"}
      """;

  static Stream<InterfaceDefinition> examples() {
    return Stream.of(
        InterfaceExamples.example7(HttpMethod.GET, ReturnFormat.JSON),
        InterfaceExamples.example7(HttpMethod.POST, ReturnFormat.XML),
        InterfaceExamples.figure4());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void importGivesBackTheExportedDefinition(InterfaceDefinition definition) {
    String exported = InterfaceDefinitionJson.export(definition);
    InterfaceDefinition imported = InterfaceDefinitionJson.importFrom(exported, DIVISIONS);
    assertEquals(definition, imported);
    assertEquals(exported, InterfaceDefinitionJson.export(imported));
  }

  @Test
  void theExportHasTheDocumentedShapeAndOrder() {
    JsonObject json =
        InterfaceDefinitionJson.toJson(
            InterfaceExamples.example7(HttpMethod.POST, ReturnFormat.JSON));
    assertEquals(
        List.of(
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
            "responseParameters"),
        List.copyOf(json.keySet()));
    assertEquals("onewindow-interface", json.getString("format"));
    assertEquals(1, json.getInt("version"));
    assertEquals("POST", json.getString("method"));
    assertEquals("https", json.getString("protocol"));
    assertEquals("JSON", json.getString("returnFormat"));
    assertEquals("all", json.getString("channel"));
    JsonObject region = json.getJsonArray("requestParameters").getJsonObject(0);
    assertEquals("region", region.getString("name"));
    assertTrue(region.getBoolean("required"));
    assertEquals("string", region.getString("type"));
    assertEquals(List.of("name", "required", "type", "description"), List.copyOf(region.keySet()));
    assertEquals(4, json.getJsonArray("responseParameters").size());
  }

  @Test
  void theExportIsReadableTextWithChineseKeptAsIs() {
    String text = InterfaceDefinitionJson.export(InterfaceExamples.figure4());
    assertTrue(text.startsWith("{"), text);
    assertTrue(text.contains("全国线路查询"), text);
    assertEquals(
        InterfaceDefinitionJson.toJson(InterfaceExamples.figure4()),
        Json.createReader(new StringReader(text)).readObject());
  }

  @Test
  void optionalMembersMayBeLeftOut() {
    InterfaceDefinition definition = InterfaceDefinitionJson.importFrom(MINIMAL, DIVISIONS);
    assertEquals("", definition.serviceName());
    assertEquals(HttpMethod.POST, definition.method());
    assertEquals(InterfaceProtocol.HTTPS, definition.protocol());
    assertEquals(ReturnFormat.JSON, definition.returnFormat());
    assertEquals("all", definition.channel());
    assertEquals(List.of(), definition.requestParameters());
  }

  @Test
  void nullMembersCountAsAbsentAndParametersDefaultToOptional() {
    InterfaceDefinition definition =
        InterfaceDefinitionJson.importFrom(
            """
            {"format": "onewindow-interface", "version": 1.0, "serviceName": null, "name": "查询",
             "address": "http://10.0.0.8:8080/q", "method": "GET", "protocol": "http",
             "returnFormat": "XML", "remark": null, "divisionCode": "440300", "channel": null,
             "requestParameters": [{"name": "id", "type": "integer"}], "responseParameters": null}
            """,
            DIVISIONS);
    assertEquals(
        List.of(new ParameterDefinition("id", false, ParameterType.INT, "")),
        definition.requestParameters());
    assertEquals("", definition.remark());
  }

  @Test
  void anUploadedFileWithABomIsRead() {
    byte[] bytes = ("\uFEFF" + MINIMAL).getBytes(StandardCharsets.UTF_8);
    InterfaceDefinition definition =
        InterfaceDefinitionJson.importFrom(new ByteArrayInputStream(bytes), DIVISIONS);
    assertEquals("全国线路查询", definition.name());
  }

  static Stream<Arguments> badDocuments() {
    String base =
        "\"name\": \"查询\", \"address\": \"https://a.example.cn/q\", \"method\": \"GET\","
            + " \"protocol\": \"https\", \"returnFormat\": \"JSON\", \"divisionCode\": \"330100\"";
    return Stream.of(
        Arguments.of("not json", "file", "不是有效的 JSON"),
        Arguments.of("{\"name\": ", "file", "不是有效的 JSON"),
        Arguments.of("{" + base + "} {}", "file", "不是有效的 JSON"),
        Arguments.of("[1, 2]", "file", "JSON 对象"),
        Arguments.of("\"text\"", "file", "JSON 对象"),
        Arguments.of("{" + base + ", \"name\": \"again\"}", "file", "重复"),
        Arguments.of("{" + base + ", \"format\": \"openapi\"}", "format", "format"),
        Arguments.of("{" + base + ", \"version\": 2}", "version", "version"),
        Arguments.of("{" + base + ", \"version\": \"1\"}", "version", "version"),
        Arguments.of("{" + base + ", \"version\": 1e999999999}", "version", "version"),
        Arguments.of("{" + base + ", \"requestParams\": []}", "requestParams", "requestParams"),
        Arguments.of("{" + base.replace("\"查询\"", "42") + "}", "name", "name 应为字符串"),
        Arguments.of("{" + base.replace("\"GET\"", "\"PUT\"") + "}", "method", "GET 或 POST"),
        Arguments.of("{" + base.replace("\"GET\"", "[\"GET\"]") + "}", "method", "method"),
        Arguments.of(
            "{" + base.replace("\"330100\"", "\"999999\"") + "}", "divisionCode", "999999"),
        Arguments.of(
            "{" + base.replace("\"330100\"", "330100") + "}", "divisionCode", "divisionCode"),
        Arguments.of("{" + base.replace("\"https\"", "\"http\"") + "}", "protocol", "接口协议与接口地址不一致"),
        Arguments.of(
            "{" + base + ", \"requestParameters\": {}}", "requestParameters", "requestParameters"),
        Arguments.of(
            "{" + base + ", \"requestParameters\": [\"region\"]}",
            "requestParameters[0]",
            "requestParameters[0]"),
        Arguments.of(
            "{" + base + ", \"requestParameters\": [{\"name\": \"a\", \"type\": \"date\"}]}",
            "requestParameters[0]",
            "请求参数第 1 项"),
        Arguments.of(
            "{"
                + base
                + ", \"responseParameters\": [{\"name\": \"a\", \"type\": \"string\"},"
                + " {\"name\": \"b\", \"type\": \"string\", \"required\": \"yes\"}]}",
            "responseParameters[1].required",
            "responseParameters[1].required"),
        Arguments.of(
            "{" + base + ", \"requestParameters\": [{\"name\": \"1a\", \"type\": \"string\"}]}",
            "requestParameters[0]",
            "参数名"),
        Arguments.of(
            "{" + base + ", \"requestParameters\": [{\"name\": \"a\"}]}",
            "requestParameters[0]",
            "缺少类型"),
        Arguments.of(
            "{"
                + base
                + ", \"requestParameters\": [{\"name\": \"a\", \"type\": \"string\", \"x\": 1}]}",
            "requestParameters[0].x",
            "未知的成员"),
        Arguments.of(
            "{"
                + base
                + ", \"requestParameters\": [{\"name\": \"a\", \"type\": \"string\"},"
                + " {\"name\": \"a\", \"type\": \"int\"}]}",
            "parameters",
            "重复"));
  }

  @ParameterizedTest
  @MethodSource("badDocuments")
  void badInputIsRefusedNamingTheMember(String text, String field, String messagePart) {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> InterfaceDefinitionJson.importFrom(text, DIVISIONS));
    assertEquals(field, e.field(), e.getMessage());
    assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    assertFalse(e.getMessage().contains("Exception"), e.getMessage());
  }

  @Test
  void tooManyParametersAreRefusedBeforeTheyAreRead() {
    StringBuilder parameters = new StringBuilder();
    for (int i = 0; i <= InterfaceDefinition.MAX_PARAMETERS; i++) {
      parameters.append(i == 0 ? "" : ",").append("{\"name\": \"p").append(i).append("\"}");
    }
    String text = MINIMAL.replace("}", ", \"responseParameters\": [" + parameters + "]}");
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> InterfaceDefinitionJson.importFrom(text, DIVISIONS));
    assertEquals("responseParameters", e.field());
    assertTrue(e.getMessage().contains("100"), e.getMessage());
  }

  @Test
  void aDocumentOverTheSizeLimitIsRefusedUnread() {
    String text = MINIMAL.replace("}", ", \"remark\": \"" + "接".repeat(90_000) + "\"}");
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> InterfaceDefinitionJson.importFrom(text, DIVISIONS));
    assertEquals("file", e.field());
    assertTrue(e.getMessage().contains("256 KiB"), e.getMessage());

    byte[] bytes = new byte[InterfaceDefinitionJson.MAX_BYTES + 1];
    java.util.Arrays.fill(bytes, (byte) ' ');
    assertThrows(
        InvalidInputException.class,
        () -> InterfaceDefinitionJson.importFrom(new ByteArrayInputStream(bytes), DIVISIONS));
  }

  @Test
  void anUploadThatIsNotUtf8IsRefused() {
    byte[] gbk = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xB2, (byte) 0xE9, '"', '}'};
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> InterfaceDefinitionJson.importFrom(new ByteArrayInputStream(gbk), DIVISIONS));
    assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
  }

  @Test
  void deepNestingIsRefusedBeforeTheParserDivesIn() {
    String text = "{\"remark\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> InterfaceDefinitionJson.importFrom(text, DIVISIONS));
    assertEquals("file", e.field());
    assertTrue(e.getMessage().contains("嵌套过深"), e.getMessage());
  }

  @Test
  void aDuplicateMemberInAParameterIsRefused() {
    String text =
        MINIMAL.replace(
            "}",
            ", \"requestParameters\": [{\"name\": \"a\", \"type\": \"int\", \"type\": \"string\"}]}");
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> InterfaceDefinitionJson.importFrom(text, DIVISIONS));
    assertTrue(e.getMessage().contains("成员 type 重复"), e.getMessage());
  }

  @Test
  void emptyInputIsRefused() {
    assertThrows(
        InvalidInputException.class, () -> InterfaceDefinitionJson.importFrom("  ", DIVISIONS));
  }
}
