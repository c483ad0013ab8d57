package org.onewindow.filing.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.onewindow.common.Localized;
import org.onewindow.common.Messages;
import org.onewindow.filing.domain.ChecklistItem;
import org.onewindow.filing.domain.FilingCheck;
import org.onewindow.filing.domain.Finding;
import org.onewindow.filing.domain.Verdict;

/**
 * One checklist item of a filing's current revision (000 10.3): the platform's pre-judgement and
 * findings, the reviewer's verdict and note, the evidence screenshots.
 *
 * @param item the item's letter, {@code a} … {@code i}
 * @param itemLabel what the item requires, in the reader's language
 * @param machineVerdict the platform's verdict
 * @param machineVerdictLabel the same in the reader's language
 * @param findings what the platform found, in the reader's language
 * @param verdict the reviewer's verdict ({@code PENDING} until given)
 * @param verdictLabel the same in the reader's language
 * @param note the reviewer's note
 * @param decidedBy who gave the verdict, or empty
 * @param decidedAt when, or null
 * @param evidence the evidence screenshots
 */
public record CheckView(
    String item,
    String itemLabel,
    Verdict machineVerdict,
    String machineVerdictLabel,
    List<String> findings,
    Verdict verdict,
    String verdictLabel,
    String note,
    String decidedBy,
    Instant decidedAt,
    List<FilingFileView> evidence,
    List<Finding> findingKeys)
    implements Localized<CheckView>, Serializable {

  static CheckView of(FilingCheck check, List<FilingFileView> evidence) {
    return new CheckView(
            check.getItem().letter(),
            "",
            check.getMachineVerdict(),
            "",
            List.of(),
            check.getVerdict(),
            "",
            check.getNote(),
            check.getDecidedBy() == null ? "" : check.getDecidedBy(),
            check.getDecidedAt(),
            evidence,
            check.getMachineFindings())
        .in(Messages.PLATFORM_LOCALE);
  }

  @Override
  public CheckView in(Locale locale) {
    return new CheckView(
        item,
        ChecklistItem.parse(item).label(locale),
        machineVerdict,
        machineVerdict.label(locale),
        findingKeys.stream().map(finding -> finding.text(locale)).toList(),
        verdict,
        verdict.label(locale),
        note,
        decidedBy,
        decidedAt,
        evidence,
        findingKeys);
  }
}
