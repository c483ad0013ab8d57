package org.onewindow.appcenter.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onewindow.appcenter.infrastructure.ProcessResponseCheck.Finding;
import org.onewindow.appcenter.infrastructure.ProcessResponseCheck.Level;
import org.onewindow.crypto.ResponseCode;

class ProcessResponseCheckTest {

  /** 000 9.4.2 JSON 返回, with the closing "]" and "}" the printed example lacks. */
  private static final String STANDARD_EXAMPLE =
      """
      {
        "process_response": {
         "result_code": "100",
         "date": "2018-04-25",
         "items": [
                  {
                      "id": "15485",
                      "name": "张*",
                      "ctime": "2018-04-25 12:04:23",
                      "desc": "**************"
                   }
                  ]
        }
      }
      """;

  /** 图4: what the bus-line interface returned to the test panel. */
  private static final String FIGURE_4_BODY =
      """
      {
           "reason":"没有查询到数据",
           "result":null,
           "error_code":211402
      }
      """;

  @Test
  void theStandardsExampleConforms() {
    List<Finding> findings = ProcessResponseCheck.check(STANDARD_EXAMPLE);
    assertEquals(List.of(), findings);
    assertTrue(ProcessResponseCheck.conforms(findings));
    assertEquals(ResponseCode.SUCCESS, ProcessResponseCheck.codeOf(findings));
  }

  @Test
  void theExampleAsPrintedIsNotEvenJson() {
    // The standard's text closes neither the items array nor the outer object.
    String printed = STANDARD_EXAMPLE.replaceFirst("(?s)\\]\\s*}\\s*}\\s*$", "}");
    assertEquals(
        List.of(new Finding("", ProcessResponseCheck.NOT_JSON, Level.ERROR)),
        ProcessResponseCheck.check(printed));
  }

  @Test
  void theFigure4BodyIsNotAProcessResponse() {
    List<Finding> findings = ProcessResponseCheck.check(FIGURE_4_BODY);
    assertEquals(1, findings.size());
    assertEquals("process_response", findings.get(0).field());
    assertEquals(Level.ERROR, findings.get(0).level());
    assertFalse(ProcessResponseCheck.conforms(findings));
    assertEquals(ResponseCode.THIRD_PARTY_UNPARSABLE, ProcessResponseCheck.codeOf(findings));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "<html>502 Bad Gateway</html>", "{\"a\":", "{\"a\":1} x"})
  void aBodyThatIsNotJsonHasOneFinding(String body) {
    assertEquals(
        List.of(new Finding("", ProcessResponseCheck.NOT_JSON, Level.ERROR)),
        ProcessResponseCheck.check(body));
    assertEquals("返回内容不是有效的JSON", ProcessResponseCheck.check(body).get(0).message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "\"100\"", "100", "null"})
  void aBodyThatIsNotAnObjectIsRefused(String body) {
    List<Finding> findings = ProcessResponseCheck.check(body);
    assertEquals(1, findings.size());
    assertEquals("返回内容应为JSON对象", findings.get(0).message());
  }

  @Test
  void processResponseMustBeAnObject() {
    assertEquals(
        "process_response", ProcessResponseCheck.check("{\"process_response\":[]}").get(0).field());
  }

  @Test
  void aFailureWithoutErrorMsgIsAFinding() {
    List<Finding> findings =
        ProcessResponseCheck.check(envelope("\"result_code\":\"102\",\"error_code\":\"E01\""));
    assertEquals(List.of("process_response.error_msg"), fields(findings));
    assertFalse(ProcessResponseCheck.conforms(findings));
  }

  @Test
  void aFailureWithBlankErrorCodeAndMessageHasTwoFindings() {
    List<Finding> findings =
        ProcessResponseCheck.check(
            envelope("\"result_code\":\"102\",\"error_code\":\" \",\"error_msg\":\"\""));
    assertEquals(
        List.of("process_response.error_code", "process_response.error_msg"), fields(findings));
  }

  @Test
  void aFailureWithBothConforms() {
    List<Finding> findings =
        ProcessResponseCheck.check(
            envelope("\"result_code\":\"102\",\"error_code\":\"E01\",\"error_msg\":\"无此记录\""));
    assertEquals(List.of(), findings);
  }

  @Test
  void numbersForCodesAreAcceptedButNoted() {
    List<Finding> findings =
        ProcessResponseCheck.check(
            envelope("\"result_code\":102,\"error_code\":211402,\"error_msg\":\"没有查询到数据\""));
    assertEquals(2, findings.size());
    assertTrue(findings.stream().allMatch(f -> f.level() == Level.NOTE));
    assertTrue(ProcessResponseCheck.conforms(findings));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"101\"", "\"200\"", "\"\"", "true", "100.5"})
  void anUnknownResultCodeIsAFinding(String code) {
    List<Finding> findings = ProcessResponseCheck.check(envelope("\"result_code\":" + code));
    assertTrue(fields(findings).contains("process_response.result_code"));
    assertFalse(ProcessResponseCheck.conforms(findings));
  }

  @Test
  void aMissingResultCodeIsAFinding() {
    List<Finding> findings =
        ProcessResponseCheck.check("{\"process_response\":{\"date\":\"2018-04-25\"}}");
    assertEquals(List.of("process_response.result_code"), fields(findings));
  }

  @Test
  void processingIsAValidResult() {
    assertEquals(List.of(), ProcessResponseCheck.check(envelope("\"result_code\":\"103\"")));
  }

  @Test
  void aDateThatDoesNotExistIsAFinding() {
    List<Finding> findings =
        ProcessResponseCheck.check(
            "{\"process_response\":{\"result_code\":\"100\",\"date\":\"2018-02-30\"}}");
    assertEquals(List.of("process_response.date"), fields(findings));
    assertEquals("date 不是有效日期：2018-02-30", findings.get(0).message());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"2018/04/25\"",
        "\"2018-4-25\"",
        "\"20180425\"",
        "\"2018-04-25 12:00\"",
        "20180425"
      })
  void aDateInAnotherFormatIsAFinding(String date) {
    List<Finding> findings =
        ProcessResponseCheck.check(
            "{\"process_response\":{\"result_code\":\"100\",\"date\":" + date + "}}");
    assertEquals(1, findings.size());
    assertEquals("date 应为 YYYY-MM-DD 格式的日期", findings.get(0).message());
  }

  @Test
  void aLeapDayIsARealDateAndAMissingDateIsAFinding() {
    assertEquals(
        List.of(),
        ProcessResponseCheck.check(
            "{\"process_response\":{\"result_code\":\"100\",\"date\":\"2016-02-29\"}}"));
    assertEquals(
        List.of("process_response.date"),
        fields(ProcessResponseCheck.check("{\"process_response\":{\"result_code\":\"100\"}}")));
  }

  private static String envelope(String members) {
    return "{\"process_response\":{" + members + ",\"date\":\"2018-04-25\"}}";
  }

  private static List<String> fields(List<Finding> findings) {
    return findings.stream().map(Finding::field).toList();
  }
}
