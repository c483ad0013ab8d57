package org.onewindow.inspection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.appcenter.domain.ReturnFormat;
import org.onewindow.common.Message;
import org.onewindow.crypto.ResponseCode;
import org.onewindow.outbound.OutboundRefusedException.Reason;
import org.onewindow.outbound.UpstreamOutcome;
import org.onewindow.outbound.UpstreamResult;

/**
 * How an inspection judges an answer (000 8.2.3 c; the envelope as the test panel, 000 9.4.3 a).
 */
class InspectionVerdictTest {

  private static UpstreamResult answer(int status, String type, String body) {
    return new UpstreamResult(
        UpstreamOutcome.OK_HTTP_RESPONSE,
        status,
        12,
        type == null ? Map.of() : Map.of("content-type", List.of(type)),
        body,
        status == 200 ? ResponseCode.SUCCESS : ResponseCode.THIRD_PARTY_NON_200,
        status == 200
            ? Message.of("outbound.result.http200")
            : Message.of("outbound.result.non200", status),
        null);
  }

  private static UpstreamResult failure(UpstreamOutcome outcome, Message message, Reason reason) {
    return new UpstreamResult(outcome, 0, 3, Map.of(), "", outcome.code(), message, reason);
  }

  @Test
  void aConformingEnvelopePasses() {
    InspectionVerdict verdict =
        InspectionVerdict.ofCall(
            answer(
                200,
                "application/json",
                "{\"process_response\":{\"result_code\":\"100\",\"date\":\"2018-04-25\"}}"),
            ReturnFormat.JSON);
    assertEquals(InspectionOutcome.OK, verdict.outcome());
    assertEquals(200, verdict.httpStatus());
    assertEquals(12, verdict.latencyMillis());
  }

  @Test
  void resultCode102FailsWithItsErrorCode() {
    InspectionVerdict verdict =
        InspectionVerdict.ofCall(
            answer(
                200,
                "application/json",
                "{\"process_response\":{\"result_code\":\"102\",\"error_code\":\"211402\","
                    + "\"error_msg\":\"没有查询到数据\",\"date\":\"2018-04-25\"}}"),
            ReturnFormat.JSON);
    assertTrue(verdict.failed());
    assertTrue(verdict.reason().contains("102"), verdict.reason());
    assertTrue(verdict.reason().contains("211402"), verdict.reason());
  }

  @Test
  void status500TimeoutsAndRefusedAddressesFail() {
    assertTrue(
        InspectionVerdict.ofCall(answer(500, "text/plain", "x"), ReturnFormat.JSON)
            .reason()
            .contains("HTTP 500"));
    InspectionVerdict timeout =
        InspectionVerdict.ofCall(
            failure(
                UpstreamOutcome.READ_TIMEOUT,
                Message.of(
                    "outbound.result.readTimeout", Message.of("outbound.duration.seconds", 10)),
                null),
            ReturnFormat.JSON);
    assertTrue(timeout.failed());
    assertEquals(0, timeout.httpStatus());
    InspectionVerdict refused =
        InspectionVerdict.ofCall(
            failure(
                UpstreamOutcome.REFUSED_BY_POLICY,
                Message.of(Reason.PORT_NOT_ALLOWED.labelKey()),
                Reason.PORT_NOT_ALLOWED),
            ReturnFormat.JSON);
    assertTrue(refused.failed());
    assertEquals("端口不在允许范围", refused.reason());
  }

  @Test
  void aBodyThatIsNotTheEnvelopeFails() {
    InspectionVerdict verdict =
        InspectionVerdict.ofCall(
            answer(200, "application/json", "{\"reason\":\"没有查询到数据\",\"error_code\":211402}"),
            ReturnFormat.JSON);
    assertTrue(verdict.failed());
    assertTrue(verdict.reason().startsWith("返回格式不符"), verdict.reason());
  }

  @Test
  void reachabilityPassesOnAnyAnswerBelow500() {
    assertEquals(
        InspectionOutcome.OK,
        InspectionVerdict.ofReachability(answer(400, "application/json", "{}"), "auth_code")
            .outcome());
    InspectionVerdict down =
        InspectionVerdict.ofReachability(
            failure(
                UpstreamOutcome.CONNECT_FAILED, Message.of("outbound.result.connectFailed"), null),
            "auth_code");
    assertTrue(down.failed());
    assertTrue(down.reason().contains("auth_code"), down.reason());
    assertEquals(InspectionCheck.INTERFACE_REACHABILITY, down.check());
  }

  @Test
  void aPageMustBeNonEmptyHtml() {
    assertEquals(
        InspectionOutcome.OK,
        InspectionVerdict.ofPage(answer(200, "text/html;charset=UTF-8", "<html></html>"))
            .outcome());
    assertTrue(
        InspectionVerdict.ofPage(answer(200, "application/json", "{}"))
            .reason()
            .contains("不是 HTML"));
    assertTrue(InspectionVerdict.ofPage(answer(200, "text/html", "  ")).failed());
    assertTrue(InspectionVerdict.ofPage(answer(503, "text/html", "down")).failed());
  }
}
