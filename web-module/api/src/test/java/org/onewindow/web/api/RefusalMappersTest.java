package org.onewindow.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.onewindow.common.BusyException;
import org.onewindow.common.DuplicateException;
import org.onewindow.common.DutySeparationException;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.MissingInputException;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.StateConflictException;

/**
 * The services' refusals answered in the envelope (003 6.2.2.2) with their 003 Annex A code, the
 * message in the caller's language: English when {@code Accept-Language} puts it first, Chinese
 * otherwise (DESIGN 4, Language). The code and the HTTP status never depend on the language.
 */
class RefusalMappersTest {

  private static final HttpHeaders ENGLISH = AcceptLanguage.of("en-GB,en;q=0.9,zh-CN;q=0.5");
  private static final HttpHeaders CHINESE = AcceptLanguage.of("zh-CN,en;q=0.8");
  private static final HttpHeaders NONE = AcceptLanguage.of(null);

  @Test
  void aMissingRecordIs404InTheCallersLanguage() {
    NotFoundException e = NotFoundException.keyed("ops.job.executionNotFound", 42L);
    assertAnswer(404, 20404, "No such job execution: 42", notFound(ENGLISH).toResponse(e));
    assertAnswer(404, 20404, "任务执行不存在：42", notFound(CHINESE).toResponse(e));
    assertAnswer(404, 20404, "任务执行不存在：42", notFound(NONE).toResponse(e));
  }

  @Test
  void aStateConflictIs409With20001() {
    StateConflictException e = StateConflictException.keyed("inspection.notOnline.APP");
    assertAnswer(
        409,
        20001,
        "Only an online app can be inspected",
        AcceptLanguage.inject(new StateConflictMapper(), ENGLISH).toResponse(e));
    assertAnswer(
        409,
        20001,
        "只有已上线的应用才能巡检",
        AcceptLanguage.inject(new StateConflictMapper(), NONE).toResponse(e));
  }

  @Test
  void aDutySeparationRefusalIs403With20001() {
    DutySeparationException e = DutySeparationException.keyed("inspection.notOnline.INTERFACE");
    assertAnswer(
        403,
        20001,
        "Only an online interface can be inspected",
        AcceptLanguage.inject(new DutySeparationMapper(), ENGLISH).toResponse(e));
  }

  @Test
  void beingBusyIs429With10019() {
    BusyException e = BusyException.keyed("common.concurrentChange");
    Response answer = AcceptLanguage.inject(new BusyMapper(), ENGLISH).toResponse(e);
    assertEquals(429, answer.getStatus());
    assertEquals(10019, envelope(answer).code());
    assertEquals(
        "Someone else changed this record at the same moment; nothing was saved, please refresh"
            + " and try again",
        envelope(answer).msg());
  }

  @Test
  void invalidMissingAndDuplicateInputKeepTheirCodesInEnglish() {
    InvalidInputMapper mapper = AcceptLanguage.inject(new InvalidInputMapper(), ENGLISH);
    assertAnswer(
        400,
        20000,
        "The app address must use HTTPS",
        mapper.toResponse(
            InvalidInputException.keyed("baseUrl", "identity.appClient.baseUrlHttps")));
    assertAnswer(
        400,
        20003,
        "subjectId is required",
        mapper.toResponse(MissingInputException.of("subjectId", "inspection.subjectIdMissing")));
    assertAnswer(
        409,
        11001,
        "The app id app-x is taken by the platform",
        mapper.toResponse(DuplicateException.keyed("appId", "identity.appClient.taken", "app-x")));
    // A refusal of issue 14 (a key of no capability) reads in English the same way.
    assertAnswer(
        400,
        20000,
        "name must be a single line of text, without line breaks",
        mapper.toResponse(InvalidInputException.keyed("name", "common.input.lineBreak", "name")));
  }

  @Test
  @SuppressWarnings("deprecation")
  void aTextNotConvertedYetReadsAsWritten() {
    assertAnswer(
        404, 20404, "应用不存在：7", notFound(ENGLISH).toResponse(new NotFoundException("应用不存在：7")));
  }

  @Test
  void aConcurrentChangeIs409InTheCallersLanguageAndNoIncident() {
    RuntimeException raced = new RuntimeException(new SQLException("duplicate key", "23505"));
    assertAnswer(
        409,
        20001,
        "该记录刚被他人同时修改，本次操作未保存，请刷新后重试",
        AcceptLanguage.inject(new UnexpectedExceptionMapper(), NONE).toResponse(raced));
    Response english =
        AcceptLanguage.inject(new UnexpectedExceptionMapper(), ENGLISH).toResponse(raced);
    assertEquals(20001, envelope(english).code());
    assertEquals(
        "Someone else changed this record at the same moment; nothing was saved, please refresh"
            + " and try again",
        envelope(english).msg());
  }

  @Test
  void successKeepsTheStandardsWording() {
    assertEquals("返回成功", ((ApiResponse<?>) Envelopes.ok("x").getEntity()).msg());
  }

  private static RecordNotFoundMapper notFound(HttpHeaders headers) {
    return AcceptLanguage.inject(new RecordNotFoundMapper(), headers);
  }

  private static void assertAnswer(int status, int code, String message, Response answer) {
    assertEquals(status, answer.getStatus());
    assertEquals(code, envelope(answer).code());
    assertEquals(message, envelope(answer).msg());
  }

  private static ApiResponse<?> envelope(Response answer) {
    return (ApiResponse<?>) answer.getEntity();
  }
}
