package org.onewindow.inspection.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.onewindow.common.Messages;
import org.onewindow.crypto.mask.TextMasker;
import org.onewindow.inspection.domain.BrowserCheck;
import org.onewindow.inspection.domain.InspectionCheck;
import org.onewindow.inspection.domain.InspectionOutcome;
import org.onewindow.inspection.domain.InspectionRecord;

/**
 * An inspection record as the console and the API show it; the reason and the browser's findings
 * masked (000 9.4.5). The labels are in the platform's language; {@link #in} reads them in the
 * caller's. The browser's findings (界面巡检 in a browser, 003 6.7.3) are {@code null} for an
 * interface, and for a page that was not rendered ({@code browserCheck} NOT_AVAILABLE); the
 * screenshot, when {@code screenshotAvailable}, is read through {@link
 * InspectionHistoryService#screenshot}.
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
    String node,
    String browserCheck,
    String browserCheckLabel,
    Integer renderErrors,
    List<String> renderMessages,
    Integer brokenLinks,
    List<String> brokenLinkUrls,
    Integer linksChecked,
    Integer mixedContent,
    List<String> mixedContentUrls,
    Long pageBytes,
    boolean screenshotAvailable)
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
        r.getNode(),
        r.getBrowserCheck() == null ? null : r.getBrowserCheck().name(),
        r.getBrowserCheck() == null ? null : r.getBrowserCheck().label(Messages.PLATFORM_LOCALE),
        r.getRenderErrors(),
        lines(r.getRenderMessages()),
        r.getBrokenLinks(),
        lines(r.getBrokenLinkUrls()),
        r.getLinksChecked(),
        r.getMixedContent(),
        lines(r.getMixedContentUrls()),
        r.getPageBytes(),
        r.getScreenshot() != null);
  }

  /** A kept list of findings, each line masked; {@code null} when none was kept. */
  private static List<String> lines(String text) {
    if (text == null) {
      return null;
    }
    return text.isEmpty()
        ? List.of()
        : Arrays.stream(text.split("\n")).map(TextMasker::mask).toList();
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
        node,
        browserCheck,
        browserCheck == null ? null : BrowserCheck.valueOf(browserCheck).label(locale),
        renderErrors,
        renderMessages,
        brokenLinks,
        brokenLinkUrls,
        linksChecked,
        mixedContent,
        mixedContentUrls,
        pageBytes,
        screenshotAvailable);
  }
}
