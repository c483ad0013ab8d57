package org.onewindow.inspection.service;

import java.io.Serializable;
import java.time.Instant;
import org.onewindow.crypto.mask.TextMasker;
import org.onewindow.inspection.domain.InspectionRecord;

/** An inspection record as the console and the API show it; the reason masked (000 9.4.5). */
public record InspectionRecordView(
    long id,
    String subjectType,
    long subjectId,
    Instant inspectedAt,
    String check,
    String checkLabel,
    String outcome,
    String outcomeLabel,
    int httpStatus,
    long latencyMillis,
    String reason,
    String node)
    implements Serializable {

  static InspectionRecordView of(InspectionRecord r) {
    return new InspectionRecordView(
        r.getId(),
        r.getSubjectType(),
        r.getSubjectId(),
        r.getInspectedAt(),
        r.getCheck().name(),
        r.getCheck().label(),
        r.getOutcome().name(),
        r.getOutcome().label(),
        r.getHttpStatus(),
        r.getLatencyMillis(),
        TextMasker.mask(r.getReason()),
        r.getNode());
  }
}
