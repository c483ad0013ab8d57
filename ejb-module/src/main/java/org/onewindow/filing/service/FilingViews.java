package org.onewindow.filing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.onewindow.common.Messages;
import org.onewindow.filing.domain.Completeness;
import org.onewindow.filing.domain.Filing;
import org.onewindow.filing.domain.FilingDraft;
import org.onewindow.filing.domain.FilingFile;
import org.onewindow.filing.domain.FilingFileKind;
import org.onewindow.filing.domain.FilingRecord;
import org.onewindow.filing.domain.MaskedContacts;
import org.onewindow.review.Review;

/**
 * Builds the views of filings: the people masked, the images listed, what is missing computed, the
 * record's number looked up. Used inside the services' transactions.
 */
@ApplicationScoped
public class FilingViews {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  FilingView of(Filing filing) {
    FilingRecords records = new FilingRecords(em);
    long id = filing.getId();
    List<FilingFile> icons = records.files(id, FilingFileKind.ICON);
    List<FilingFile> screenshots = records.files(id, FilingFileKind.SCREENSHOT);
    FilingDraft opened = filing.draft(FilingContacts::open);
    List<String> missing =
        Completeness.missing(
            opened, !icons.isEmpty(), screenshots.size(), filing.getInstallPackage() != null);
    FilingRecord record = records.recordOf(id).orElse(null);
    Review review = filing.getReview();
    return new FilingView(
            id,
            filing.getUnitName(),
            filing.getDivisionCode(),
            review.status(),
            review.status().label(),
            review.revision(),
            review.authoredBy(),
            review.submittedBy(),
            review.updatedAt(),
            review.lastReason(),
            masked(opened),
            PackageView.of(filing.getInstallPackage()),
            icons.isEmpty() ? null : FilingFileView.of(icons.get(icons.size() - 1)),
            screenshots.stream().map(FilingFileView::of).toList(),
            missing,
            missing,
            filing.getUpgradeOf(),
            record == null ? "" : record.getFilingNumber(),
            record != null && record.getRevokedAt() != null)
        .in(Messages.PLATFORM_LOCALE);
  }

  /** The fields as every view shows them: the people's names and numbers masked (000 示例8). */
  static FilingDraft masked(FilingDraft draft) {
    return new FilingDraft(
        draft.appName(),
        draft.description(),
        draft.versionNotes(),
        draft.responsibleDepartment(),
        draft.competentDepartment(),
        draft.competentDepartmentPhone(),
        MaskedContacts.name(draft.supervisorName()),
        MaskedContacts.phone(draft.supervisorPhone()),
        draft.technicalUnit(),
        MaskedContacts.name(draft.technicalContactName()),
        MaskedContacts.phone(draft.technicalContactPhone()),
        draft.privacyPolicyText(),
        draft.privacyPolicyUrl(),
        draft.permissionUses(),
        draft.testAccount(),
        draft.loginFailureMessage());
  }
}
