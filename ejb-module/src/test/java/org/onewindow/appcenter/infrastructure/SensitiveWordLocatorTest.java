package org.onewindow.appcenter.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.appcenter.infrastructure.SensitiveWordLocator.Occurrence;

/** Where the words of a call are, for the provider's feedback (000 9.4.3 b), masked (示例8). */
class SensitiveWordLocatorTest {

  private final SensitiveWordLocator locator = new SensitiveWordLocator(List.of("赌博", "VPN"));

  @Test
  void parametersAreNamedAndJsonMembersGetTheirPath() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("city", "北京");
    parameters.put("q", "vpn 线路");
    String body =
        "{\"process_response\":{\"result_code\":\"100\",\"items\":[{\"line\":\"1\"},"
            + "{\"line\":\"2\",\"note\":\"本线路禁止赌博，违者报警\"}],\"my-note\":\"赌博赌博\"}}";
    List<Occurrence> found = locator.locate(parameters, body);
    assertEquals(
        List.of(
            new Occurrence("参数 q", "VPN", 1, "vpn 线路"),
            new Occurrence("返回内容 $.process_response.items[1].note", "赌博", 1, "本线路禁止赌博，违者报警"),
            new Occurrence("返回内容 $.process_response[\"my-note\"]", "赌博", 2, "赌博赌博")),
        found);
  }

  @Test
  void theContextIsCutFromTheMaskedValue() {
    String body = "{\"name\":\"赌博张三丰\",\"remark\":\"联系13900001234，赌博场所地址在很远很远很远很远的地方\"}";
    List<Occurrence> found = locator.locate(Map.of(), body);
    // Under a name key the whole value is masked as a name: the word is hidden, so no context.
    assertEquals(new Occurrence("返回内容 $.name", "赌博", 1, ""), found.get(0));
    Occurrence remark = found.get(1);
    assertEquals("返回内容 $.remark", remark.location());
    assertFalse(remark.context().contains("13900001234"), remark.context());
    assertTrue(remark.context().contains("1390*******"), remark.context());
    assertTrue(remark.context().endsWith("…"), remark.context());
  }

  @Test
  void aWordInAMemberNameIsReportedForTheResponseAsAWhole() {
    List<Occurrence> found = locator.locate(Map.of(), "{\"赌博\":1}");
    assertEquals(List.of(new Occurrence("返回内容", "赌博", 1, "")), found);
  }

  @Test
  void aPlainTextAnswerIsOnePlace() {
    List<Occurrence> found = locator.locate(Map.of(), "OK 赌博 mobile=13900001234");
    assertEquals(1, found.size());
    assertEquals("返回内容", found.get(0).location());
    assertFalse(found.get(0).context().contains("13900001234"), found.get(0).context());
  }

  @Test
  void aHugeAnswerIsReportedByItsFirstPlaces() {
    StringBuilder body = new StringBuilder("[");
    for (int i = 0; i < 200; i++) {
      body.append(i == 0 ? "" : ",").append("\"赌博\"");
    }
    body.append(']');
    assertEquals(
        SensitiveWordLocator.MAX_OCCURRENCES, locator.locate(Map.of(), body.toString()).size());
  }
}
