package org.onewindow.appcenter.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Answers leave the platform masked (000 9.4.5, 示例8: at least half of each value hidden). */
class ResponseMaskerTest {

  private static JsonObject masked(String body) {
    return Json.createReader(new StringReader(ResponseMasker.mask(body, "application/json")))
        .readObject();
  }

  @Test
  void personalValuesAreMaskedByTheirKeysAndTheShapeIsKept() {
    JsonObject answer =
        masked(
            """
            {"process_response":{"result_code":"100","date":"2018-04-25","items":[
              {"id":"15485","name":"张三丰","mobile":"13900001234","idCard":"110101199003074514",
               "count":3,"ok":true}]}}""");
    JsonObject item =
        answer.getJsonObject("process_response").getJsonArray("items").getJsonObject(0);
    assertEquals("张**", item.getString("name"));
    assertEquals("1390*******", item.getString("mobile"));
    assertEquals("1101**************", item.getString("idCard"));
    assertEquals("15485", item.getString("id"));
    assertEquals(3, item.getInt("count"));
    assertTrue(item.getBoolean("ok"));
    assertEquals("100", answer.getJsonObject("process_response").getString("result_code"));
  }

  @Test
  void numbersInsideFreeTextAreFoundTooAndArraysInheritTheirKey() {
    JsonObject answer =
        masked("{\"desc\":\"联系人手机13900001234\",\"mobile\":[\"13900001234\",\"13800005678\"]}");
    assertFalse(answer.getString("desc").contains("13900001234"), answer.toString());
    assertEquals("1380*******", answer.getJsonArray("mobile").getString(1));
  }

  @Test
  void aBodyThatIsNotJsonIsMaskedAsText() {
    String text = ResponseMasker.mask("name=张三丰&mobile=13900001234", "text/plain");
    assertFalse(text.contains("13900001234"), text);
    assertFalse(text.contains("三丰"), text);
    String broken = ResponseMasker.mask("{\"mobile\":\"13900001234\"", "application/json");
    assertFalse(broken.contains("13900001234"), broken);
  }
}
