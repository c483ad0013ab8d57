package org.onewindow.outbound;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onewindow.common.Message;
import org.onewindow.common.Messages;
import org.onewindow.crypto.ResponseCode;
import org.onewindow.outbound.OutboundRefusedException.Reason;

/**
 * What the test panel shows after one call (图4 返回内容), and what inspection records (000 9.4.3 c).
 * Messages are keys of the {@code outbound} bundle, short and free of stack traces or resolved
 * addresses; the records keep them in the platform's language ({@link #message()}).
 *
 * @param outcome how the call ended
 * @param status the HTTP status, or 0 when no response arrived
 * @param latencyMillis from the address check to the end of the body or the failure
 * @param headers response headers by lower-case name; empty when no response arrived
 * @param body the body decoded by its Content-Type charset (UTF-8 by default); empty when none was
 *     read
 * @param code the 003 Annex A code: 0 for HTTP 200, 30013 for another status, the outcome's code
 *     for a failure
 * @param text what happened, for the panel
 * @param refusal why the guard refused, or {@code null} unless the outcome is REFUSED_BY_POLICY
 */
public record UpstreamResult(
    UpstreamOutcome outcome,
    int status,
    long latencyMillis,
    Map<String, List<String>> headers,
    String body,
    ResponseCode code,
    Message text,
    Reason refusal) {

  public UpstreamResult {
    headers = Map.copyOf(headers);
  }

  static UpstreamResult response(
      int status, long latencyMillis, Map<String, List<String>> headers, String body) {
    boolean ok = status == 200;
    return new UpstreamResult(
        UpstreamOutcome.OK_HTTP_RESPONSE,
        status,
        latencyMillis,
        headers,
        body,
        ok ? ResponseCode.SUCCESS : ResponseCode.THIRD_PARTY_NON_200,
        ok ? Message.of("outbound.result.http200") : Message.of("outbound.result.non200", status),
        null);
  }

  static UpstreamResult tooLarge(
      int status, long latencyMillis, Map<String, List<String>> headers, int maxBytes) {
    return new UpstreamResult(
        UpstreamOutcome.TOO_LARGE,
        status,
        latencyMillis,
        headers,
        "",
        UpstreamOutcome.TOO_LARGE.code(),
        Message.of("outbound.result.tooLarge", describe(maxBytes)),
        null);
  }

  static UpstreamResult failure(UpstreamOutcome outcome, long latencyMillis, Message text) {
    return new UpstreamResult(outcome, 0, latencyMillis, Map.of(), "", outcome.code(), text, null);
  }

  static UpstreamResult refused(OutboundRefusedException refusal, long latencyMillis) {
    UpstreamOutcome outcome = UpstreamOutcome.REFUSED_BY_POLICY;
    return new UpstreamResult(
        outcome,
        0,
        latencyMillis,
        Map.of(),
        "",
        outcome.code(),
        Message.of(refusal.reason().labelKey()),
        refusal.reason());
  }

  /**
   * What happened in the platform's language (zh-CN), as the test and inspection records keep it.
   */
  public String message() {
    return text.in(Messages.PLATFORM_LOCALE);
  }

  /** Whether the interface answered HTTP 200 with a body that was read in full. */
  public boolean succeeded() {
    return code == ResponseCode.SUCCESS;
  }

  /** The first value of a response header, or {@code null}; the name in any case. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static Message describe(int bytes) {
    if (bytes % (1024 * 1024) == 0) {
      return Message.of("outbound.size.MiB", bytes / (1024 * 1024));
    }
    if (bytes % 1024 == 0) {
      return Message.of("outbound.size.KiB", bytes / 1024);
    }
    return Message.of("outbound.size.bytes", bytes);
  }
}
