package org.onewindow.inspection.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.onewindow.appcenter.domain.ReturnFormat;
import org.onewindow.appcenter.infrastructure.ProcessResponseCheck;
import org.onewindow.common.Message;
import org.onewindow.common.Messages;
import org.onewindow.outbound.UpstreamOutcome;
import org.onewindow.outbound.UpstreamResult;

/**
 * How an inspection judges what came back (000 8.2.3 c; 000 9.4.3 a for the envelope), with a short
 * reason for the record and the alarm: 「接口返回非 200 响应码：HTTP 500」, 「端口不在允许范围」, 「result_code
 * 102，error_code 211402：…」, 「页面不是 HTML」.
 *
 * @param check what was checked
 * @param outcome OK or FAILED
 * @param httpStatus the status, 0 without a response
 * @param latencyMillis the call's time
 * @param reason why it failed, or what was found when it passed
 */
public record InspectionVerdict(
    InspectionCheck check,
    InspectionOutcome outcome,
    int httpStatus,
    long latencyMillis,
    String reason) {

  /**
   * An interface called with every required value: as the test panel judges it, HTTP 200 and, for
   * JSON, a conforming {@code process_response} whose {@code result_code} is not 102 (处理失败).
   */
  public static InspectionVerdict ofCall(UpstreamResult result, ReturnFormat format) {
    InspectionCheck check = InspectionCheck.INTERFACE_CALL;
    if (!result.succeeded()) {
      return failed(check, result, result.message());
    }
    if (format != ReturnFormat.JSON) {
      return ok(check, result, "HTTP 200");
    }
    List<ProcessResponseCheck.Finding> findings = ProcessResponseCheck.check(result.body());
    if (!ProcessResponseCheck.conforms(findings)) {
      ProcessResponseCheck.Finding first =
          findings.stream()
              .filter(f -> f.level() == ProcessResponseCheck.Level.ERROR)
              .findFirst()
              .orElseThrow();
      return failed(check, result, record("inspection.verdict.badEnvelope", first.message()));
    }
    JsonObject response = envelope(result.body());
    String resultCode = text(response.get("result_code"));
    if ("102".equals(resultCode)) {
      return failed(
          check,
          result,
          record(
              "inspection.verdict.failedResult",
              text(response.get("error_code")),
              text(response.get("error_msg"))));
    }
    return ok(check, result, record("inspection.verdict.resultCode", resultCode));
  }

  /**
   * An interface whose required values cannot be filled: it passes when it answers at all below
   * HTTP 500 — a 4xx or an error envelope for the missing value still shows it is up.
   */
  public static InspectionVerdict ofReachability(UpstreamResult result, String unfilled) {
    InspectionCheck check = InspectionCheck.INTERFACE_REACHABILITY;
    Message note = Message.of("inspection.verdict.unfilled", unfilled);
    if (result.outcome() == UpstreamOutcome.OK_HTTP_RESPONSE && result.status() < 500) {
      return ok(
          check, result, record("inspection.verdict.unfilledAnswered", note, result.status()));
    }
    if (result.outcome() == UpstreamOutcome.TOO_LARGE) {
      return ok(check, result, record("inspection.verdict.unfilledLarge", note));
    }
    return failed(
        check, result, record("inspection.verdict.unfilledFailed", note, result.message()));
  }

  /** An app's page (界面巡检): HTTP 200, an HTML content type, and a body that is not blank. */
  public static InspectionVerdict ofPage(UpstreamResult result) {
    InspectionCheck check = InspectionCheck.PAGE;
    if (!result.succeeded()) {
      return failed(check, result, result.message());
    }
    String type = result.header("content-type");
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("text/html")) {
      Object shown = type == null ? Message.of("inspection.verdict.noContentType") : type;
      return failed(check, result, record("inspection.verdict.notHtml", shown));
    }
    if (result.body().isBlank()) {
      return failed(check, result, record("inspection.verdict.emptyPage"));
    }
    return ok(check, result, record("inspection.verdict.htmlPage"));
  }

  /**
   * This page verdict with what the browser found (界面巡检 in a real browser, 003 6.7.3): errors,
   * broken links, mixed content or a page that did not load in time fail it, with what was found as
   * the reason; a page heavier than {@code heavyBytes} passes with that noted (a finding, not a
   * failure); no browser check leaves the outcome as it was and says why.
   */
  public InspectionVerdict rendered(PageRender render, long heavyBytes) {
    if (render.check() == BrowserCheck.NOT_AVAILABLE) {
      return failed()
          ? this
          : withReason(outcome, record("inspection.verdict.noBrowser", reason, render.note()));
    }
    if (render.hasProblems()) {
      return withReason(
          InspectionOutcome.FAILED, record("inspection.verdict.renderFailed", problems(render)));
    }
    String rendered = record("inspection.verdict.rendered", reason, kilobytes(render.pageBytes()));
    if (render.pageBytes() > heavyBytes) {
      rendered = record("inspection.verdict.heavyPage", rendered, kilobytes(heavyBytes));
    }
    return withReason(outcome, rendered);
  }

  private static String problems(PageRender render) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    if (render.check() == BrowserCheck.TIMED_OUT) {
      parts.add(record("inspection.finding.timedOut"));
    }
    if (render.renderErrors() > 0) {
      parts.add(
          record(
              "inspection.finding.renderErrors",
              render.renderErrors(),
              first(render.renderMessages())));
    }
    if (render.brokenLinks() > 0) {
      parts.add(
          record(
              "inspection.finding.brokenLinks",
              render.brokenLinks(),
              first(render.brokenLinkUrls())));
    }
    if (render.mixedContent() > 0) {
      parts.add(
          record(
              "inspection.finding.mixedContent",
              render.mixedContent(),
              first(render.mixedContentUrls())));
    }
    return String.join(record("inspection.finding.separator"), parts);
  }

  private static String first(java.util.List<String> items) {
    return items.isEmpty() ? "" : items.get(0);
  }

  private static double kilobytes(long bytes) {
    return Math.round(bytes / 102.4) / 10.0;
  }

  private InspectionVerdict withReason(InspectionOutcome newOutcome, String newReason) {
    return new InspectionVerdict(check, newOutcome, httpStatus, latencyMillis, newReason);
  }

  public boolean failed() {
    return outcome == InspectionOutcome.FAILED;
  }

  /**
   * This verdict weighed against the subject's slow-response threshold (000 9.4.3 c 接口响应慢): a
   * passing inspection that took longer than {@code thresholdMillis} is {@link
   * InspectionOutcome#SLOW}, its reason saying how slow; anything else is unchanged (an error is an
   * error however long it took).
   */
  public InspectionVerdict weighedAgainst(long thresholdMillis) {
    if (outcome != InspectionOutcome.OK || latencyMillis <= thresholdMillis) {
      return this;
    }
    return new InspectionVerdict(
        check,
        InspectionOutcome.SLOW,
        httpStatus,
        latencyMillis,
        record("inspection.verdict.slow", latencyMillis, thresholdMillis, reason));
  }

  private static InspectionVerdict ok(InspectionCheck check, UpstreamResult r, String reason) {
    return new InspectionVerdict(
        check, InspectionOutcome.OK, r.status(), r.latencyMillis(), reason);
  }

  private static InspectionVerdict failed(InspectionCheck check, UpstreamResult r, String reason) {
    return new InspectionVerdict(
        check, InspectionOutcome.FAILED, r.status(), r.latencyMillis(), reason);
  }

  /**
   * A reason as the record keeps it: in the platform's language, like everything written into a
   * record for people (the alarm notes and the audit trail quote it).
   */
  private static String record(String key, Object... arguments) {
    return Messages.text(key, Messages.PLATFORM_LOCALE, arguments);
  }

  /** The envelope of a body {@link ProcessResponseCheck} found conforming. */
  private static JsonObject envelope(String body) {
    try (var reader = jakarta.json.Json.createReader(new StringReader(body))) {
      return reader.readObject().getJsonObject("process_response");
    }
  }

  private static String text(JsonValue value) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return "";
    }
    return value instanceof jakarta.json.JsonString s ? s.getString() : value.toString();
  }
}
