package org.onewindow.appcenter.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonDisplayTest {

  @Test
  void jsonIsIndentedByTwoSpacesWithChineseAsIs() {
    String compact =
        "{\"reason\":\"没有查询到数据\",\"result\":null,\"error_code\":211402,"
            + "\"items\":[{\"id\":\"1\",\"ok\":true},[]],\"empty\":{}}";
    String expected =
        """
        {
          "reason": "没有查询到数据",
          "result": null,
          "error_code": 211402,
          "items": [
            {
              "id": "1",
              "ok": true
            },
            []
          ],
          "empty": {}
        }""";
    assertEquals(expected, JsonDisplay.pretty(compact));
  }

  @Test
  void stringsAreEscapedOnlyWhereJsonRequires() {
    assertEquals(
        "{\n  \"q\": \"他说\\\"好\\\"\\n\\\\ \\u0001 \"\n}",
        JsonDisplay.pretty("{\"q\":\"他说\\\"好\\\"\\n\\\\ \\u0001 \"}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"<html>502</html>", "", "{\"a\":", "没有查询到数据"})
  void anythingElseIsReturnedUnchanged(String body) {
    assertEquals(body, JsonDisplay.pretty(body));
  }
}
