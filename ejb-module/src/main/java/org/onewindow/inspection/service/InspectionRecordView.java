package org.onewindow.inspection.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import org.onewindow.common.Messages;
import org.onewindow.crypto.mask.TextMasker;
import org.onewindow.inspection.domain.InspectionCheck;
import org.onewindow.inspection.domain.InspectionOutcome;
import org.onewindow.inspection.domain.InspectionRecord;

/**
 * An inspection record as the console and the API show it; the reason masked (000 9.4.5). The
 * labels are in the platform's language; {@link #in} reads them in the caller's.
 */
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
        r.getCheck().label(Messages.PLATFORM_LOCALE),
        r.getOutcome().name(),
        r.getOutcome().label(Messages.PLATFORM_LOCALE),
        r.getHttpStatus(),
        r.getLatencyMillis(),
        TextMasker.mask(r.getReason()),
        r.getNode());
  }

  /**
   * The same record with its labels in {@code locale}'s language (the reason stays as recorded, in
   * the platform's language).
   */
  public InspectionRecordView in(Locale locale) {
    return new InspectionRecordView(
        id,
        subjectType,
        subjectId,
        inspectedAt,
        check,
        InspectionCheck.valueOf(check).label(locale),
        outcome,
        InspectionOutcome.valueOf(outcome).label(locale),
        httpStatus,
        latencyMillis,
        reason,
        node);
  }
}
