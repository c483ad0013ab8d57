package org.onewindow.filing.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.onewindow.common.Localized;
import org.onewindow.common.Messages;
import org.onewindow.filing.domain.FilingDraft;
import org.onewindow.review.ReviewStatus;

/**
 * A filing as its submitter and its reviewers see it: the written fields with the people masked
 * (000 示例8), the package read from the upload, the images, what is still missing (000 10.3 a) and
 * where it stands in its review; the record's number once approved.
 *
 * @param id the filing's id
 * @param unitName the access unit
 * @param divisionCode its division code
 * @param status where it stands
 * @param statusLabel the state in the reader's language
 * @param revision its revision
 * @param authoredBy who wrote the revision
 * @param submittedBy who submitted it, or empty
 * @param updatedAt the last move
 * @param lastReason the last rejection's reason, or empty
 * @param fields the written fields, people masked
 * @param installPackage the package, or null
 * @param icon the icon, or null
 * @param screenshots the screenshots
 * @param missing the message keys of what is missing
 * @param missingLabels the same in the reader's language
 * @param upgradeOf the approved filing this one upgrades, or null
 * @param filingNumber the record's number once approved, or empty
 * @param recordRevoked whether that record was revoked
 */
public record FilingView(
    long id,
    String unitName,
    String divisionCode,
    ReviewStatus status,
    String statusLabel,
    int revision,
    String authoredBy,
    String submittedBy,
    Instant updatedAt,
    String lastReason,
    FilingDraft fields,
    PackageView installPackage,
    FilingFileView icon,
    List<FilingFileView> screenshots,
    List<String> missing,
    List<String> missingLabels,
    Long upgradeOf,
    String filingNumber,
    boolean recordRevoked)
    implements Localized<FilingView>, Serializable {

  /** Whether nothing is missing: the filing may be submitted. */
  public boolean complete() {
    return missing.isEmpty();
  }

  public String appName() {
    return fields.appName();
  }

  @Override
  public FilingView in(Locale locale) {
    return new FilingView(
        id,
        unitName,
        divisionCode,
        status,
        status.label(locale),
        revision,
        authoredBy,
        submittedBy,
        updatedAt,
        lastReason,
        fields,
        installPackage,
        icon,
        screenshots,
        missing,
        missing.stream().map(key -> Messages.text(key, locale)).toList(),
        upgradeOf,
        filingNumber,
        recordRevoked);
  }
}
