package org.onewindow.web.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14, failure 5: a JSON body that does not fit the request's fields is refused naming the
 * field, never converted quietly (JSON-B reads "yes" as false, 1.5 as 1, 12 as "12").
 */
class JsonShapeTest {

  record Parameter(String name, Boolean required, String type) {}

  record Definition(Long unitId, String name, Integer retries, List<Parameter> parameters) {}

  record TestCall(Map<String, String> parameters) {}

  enum Kind {
    ALARM
  }

  record Note(Kind kind, boolean pinned) {}

  private static JsonValue json(String text) {
    return Json.createReader(new StringReader(text)).readValue();
  }

  private static BodyShapeException refused(java.lang.reflect.Type type, String text) {
    return assertThrows(BodyShapeException.class, () -> JsonShape.check(type, json(text)));
  }

  @Test
  void aBodyOfTheRightTypesPasses() {
    assertDoesNotThrow(
        () ->
            JsonShape.check(
                Definition.class,
                json(
                    """
                    {"unitId":12,"name":"线路查询","retries":null,
                     "parameters":[{"name":"line","required":true,"type":"string"}]}""")));
    assertDoesNotThrow(() -> JsonShape.check(Definition.class, json("{\"unitId\":1e2}")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"unitId\":1.5}|unitId|unitId 应为整数",
        "{\"unitId\":\"7\"}|unitId|unitId 应为整数",
        "{\"unitId\":9223372036854775808}|unitId|unitId 超出取值范围",
        "{\"retries\":3000000000}|retries|retries 超出取值范围",
        "{\"name\":12}|name|name 应为字符串",
        "{\"name\":true}|name|name 应为字符串",
        "{\"parameters\":{}}|parameters|parameters 应为数组",
        "{\"parameters\":[{\"required\":\"yes\"}]}|parameters[0].required|"
            + "parameters[0].required 应为布尔值（true 或 false）",
        "{\"parameters\":[{\"required\":1}]}|parameters[0].required|"
            + "parameters[0].required 应为布尔值（true 或 false）",
        "{\"parameters\":[\"line\"]}|parameters[0]|parameters[0] 应为JSON对象",
        "{\"sm2PublicKeyPem\":\"x\"}|sm2PublicKeyPem|请求内容中有未知字段 sm2PublicKeyPem",
        "{\"parameters\":[{\"name\":\"a\",\"requried\":true}]}|parameters[0].requried|"
            + "请求内容中有未知字段 parameters[0].requried",
        "[]|body|body 应为JSON对象",
        "\"text\"|body|body 应为JSON对象"
      })
  void aMemberOfTheWrongTypeOrAnUnknownMemberIsRefusedNamingIt(
      String body, String field, String message) {
    BodyShapeException e = refused(Definition.class, body);
    assertEquals(field, e.field());
    assertEquals(message, e.getMessage());
  }

  @Test
  void mapValuesAndEnumsAreCheckedToo() {
    assertEquals(
        "parameters.line", refused(TestCall.class, "{\"parameters\":{\"line\":5}}").field());
    assertEquals("kind", refused(Note.class, "{\"kind\":1}").field());
    assertEquals("pinned", refused(Note.class, "{\"kind\":\"ALARM\",\"pinned\":null}").field());
  }

  @Test
  void theMessageIsEnglishOnRequest() {
    BodyShapeException e = refused(Definition.class, "{\"unitId\":1.5}");
    assertEquals("unitId must be an integer", e.message(Locale.ENGLISH));
  }

  @Test
  void aBodyThatIsNotJsonOrRepeatsAMemberIsRefused() {
    assertEquals(
        "请求内容不是有效的JSON",
        assertThrows(
                BodyShapeException.class,
                () -> StrictJsonReader.read("{\"name\":", Definition.class))
            .getMessage());
    assertThrows(
        BodyShapeException.class,
        () -> StrictJsonReader.read("{\"name\":\"a\",\"name\":\"b\"}", Definition.class));
  }
}
