package org.onewindow.appcenter.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.onewindow.appcenter.domain.InterfaceTestRecord;

/**
 * One connectivity test as the panel shows it (000 9.4.3, 图4): what was sent, status, latency,
 * headers and the (masked, pretty-printed) answer, the envelope's findings and the sensitive words.
 */
public record InterfaceTestView(
    long id,
    long interfaceId,
    int revision,
    String testedBy,
    Instant testedAt,
    String request,
    String outcome,
    int httpStatus,
    long latencyMillis,
    int code,
    String message,
    boolean conforms,
    List<String> findings,
    List<String> sensitiveWords,
    String headers,
    String body)
    implements Serializable {

  static InterfaceTestView of(InterfaceTestRecord r) {
    return new InterfaceTestView(
        r.getId(),
        r.getInterfaceId(),
        r.getRevision(),
        r.getTestedBy(),
        r.getTestedAt(),
        r.getRequestSummary(),
        r.getOutcome(),
        r.getHttpStatus(),
        r.getLatencyMillis(),
        r.getCode(),
        r.getMessage(),
        r.isConforms(),
        lines(r.getFindings()),
        lines(r.getSensitiveWords()),
        r.getHeaders(),
        r.getResponseExcerpt());
  }

  private static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
  }
}
