package org.onewindow.filing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onewindow.common.Messages;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.Roles;
import org.onewindow.common.StateConflictException;
import org.onewindow.filing.domain.ChecklistItem;
import org.onewindow.filing.domain.Completeness;
import org.onewindow.filing.domain.Filing;
import org.onewindow.filing.domain.FilingCheck;
import org.onewindow.filing.domain.FilingContent;
import org.onewindow.filing.domain.FilingDraft;
import org.onewindow.filing.domain.FilingFile;
import org.onewindow.filing.domain.FilingFileKind;
import org.onewindow.filing.domain.FilingKinds;
import org.onewindow.filing.domain.FilingRecord;
import org.onewindow.filing.domain.FilingSnapshot;
import org.onewindow.filing.domain.Finding;
import org.onewindow.filing.domain.FindingList;
import org.onewindow.filing.domain.MachineJudgement;
import org.onewindow.filing.domain.Prejudgement;
import org.onewindow.filing.domain.UpgradeJudgement;
import org.onewindow.filing.domain.Verdict;
import org.onewindow.notice.Notices;
import org.onewindow.review.ReviewAction;
import org.onewindow.review.ReviewTransition;
import org.onewindow.review.ReviewedKind;
import org.onewindow.review.SubjectKind;

/**
 * Filings as the review workflow sees them (000 10.3): the unit's developers and system accounts
 * write and submit; filing reviewers decide. A filing is submitted only when complete (10.3 a) and
 * when its package still upgrades the last approved version (10.3 c: another version may have been
 * approved since the upload); submitting keeps a snapshot of what is reviewed and the platform's
 * pre-judgement of the checklist. It is approved only when every item of its revision passed or
 * does not apply, rejected only with at least one failed item; approval issues the signed record.
 * Filings are not published in halls: no online or offline step. Each decision reaches the
 * submitter's message centre.
 */
@ApplicationScoped
public class FilingReviewKind implements ReviewedKind<Filing> {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Inject Clock clock;

  @Inject FilingRecordIssuer issuer;

  @Override
  public SubjectKind kind() {
    return FilingKinds.FILING;
  }

  @Override
  public Class<Filing> subjectClass() {
    return Filing.class;
  }

  @Override
  public Set<String> deciderRoles() {
    return Set.of(Roles.FILING_REVIEWER);
  }

  @Override
  public String describe(Filing filing) {
    return Messages.text(
        "filing.audit.named",
        Messages.PLATFORM_LOCALE,
        String.valueOf(filing.getId()),
        filing.getAppName());
  }

  @Override
  public void checkBefore(Filing filing, ReviewAction action) {
    switch (action) {
      case ONLINE, OFFLINE -> throw StateConflictException.keyed("filing.review.noPublication");
      case SUBMIT -> checkSubmittable(filing);
      case APPROVE -> checkApprovable(filing);
      case REJECT -> checkRejectable(filing);
      default -> {
        // revising is checked by the entity
      }
    }
  }

  private void checkSubmittable(Filing filing) {
    filing.checkDraft(); // a rejected filing is revised (a new revision) before it goes back
    List<String> missing = missing(filing);
    if (!missing.isEmpty()) {
      throw StateConflictException.keyed(
          "filing.review.incomplete",
          new FindingList(List.of(Finding.listing("filing.machine.incomplete", missing))));
    }
    UpgradeJudgement upgrade = upgrade(filing);
    if (!upgrade.passed()) {
      throw StateConflictException.keyed(
          "filing.upgrade.refused", new FindingList(upgrade.findings()));
    }
  }

  private void checkApprovable(Filing filing) {
    List<String> open =
        checks(filing).stream()
            .filter(check -> !check.getVerdict().clears())
            .map(check -> check.getItem().letter())
            .toList();
    if (!open.isEmpty()) {
      throw StateConflictException.keyed("filing.review.checklistOpen", String.join(", ", open));
    }
    UpgradeJudgement upgrade = upgrade(filing);
    if (!upgrade.passed()) {
      throw StateConflictException.keyed(
          "filing.upgrade.refused", new FindingList(upgrade.findings()));
    }
  }

  private void checkRejectable(Filing filing) {
    if (checks(filing).stream().noneMatch(check -> check.getVerdict() == Verdict.FAIL)) {
      throw StateConflictException.keyed("filing.review.noFailedItem");
    }
  }

  @Override
  public void afterMove(Filing filing, ReviewTransition transition) {
    switch (transition.getAction()) {
      case SUBMIT -> submitted(filing);
      case APPROVE -> approved(filing);
      case REJECT ->
          notifyOwner(
              filing, "filing.notice.rejected", filing.getAppName(), transition.getReason());
      default -> {
        // nothing else to do
      }
    }
  }

  private void submitted(Filing filing) {
    int revision = filing.getReview().revision();
    FilingDraft draft = filing.draft(FilingContacts::open);
    FilingRecords records = new FilingRecords(em);
    List<FilingFile> icons = records.files(filing.getId(), FilingFileKind.ICON);
    List<String> screenshots =
        records.files(filing.getId(), FilingFileKind.SCREENSHOT).stream()
            .map(FilingFile::getSm3Hex)
            .toList();
    em.persist(
        new FilingSnapshot(
            filing.getId(),
            revision,
            FilingContent.write(
                FilingContent.of(
                    draft,
                    icons.isEmpty() ? "" : icons.get(icons.size() - 1).getSm3Hex(),
                    screenshots,
                    filing.getInstallPackage())),
            clock.instant()));
    Map<ChecklistItem, Prejudgement> judged =
        MachineJudgement.judge(
            draft,
            missing(filing),
            filing.getInstallPackage() == null ? null : filing.getInstallPackage().facts(),
            upgrade(filing));
    judged.forEach(
        (item, prejudgement) ->
            em.persist(FilingCheck.prejudged(filing.getId(), revision, item, prejudgement)));
  }

  private void approved(Filing filing) {
    FilingRecord record = issuer.issue(filing);
    notifyOwner(filing, "filing.notice.approved", filing.getAppName(), record.getFilingNumber());
  }

  /** Tells the revision's author and its submitter (once if the same person). */
  private void notifyOwner(Filing filing, String key, String... arguments) {
    String link = "filing.xhtml?id=" + filing.getId();
    String author = filing.getReview().authoredBy();
    String submitter = filing.getReview().submittedBy();
    Notices.post(em, author, key, link, clock.instant(), arguments);
    if (!submitter.equals(author)) {
      Notices.post(em, submitter, key, link, clock.instant(), arguments);
    }
  }

  @Override
  public void checkVisible(long id) {
    if (em.find(Filing.class, id) == null) {
      throw NotFoundException.keyed("filing.notFound", String.valueOf(id));
    }
  }

  private List<FilingCheck> checks(Filing filing) {
    return new FilingRecords(em).checks(filing.getId(), filing.getReview().revision());
  }

  private List<String> missing(Filing filing) {
    FilingRecords records = new FilingRecords(em);
    return Completeness.missing(
        filing.draft(FilingContacts::open),
        !records.files(filing.getId(), FilingFileKind.ICON).isEmpty(),
        records.files(filing.getId(), FilingFileKind.SCREENSHOT).size(),
        filing.getInstallPackage() != null);
  }

  /** The package against the last approved version of it (000 10.3 c), now. */
  UpgradeJudgement upgrade(Filing filing) {
    if (filing.getInstallPackage() == null) {
      return UpgradeJudgement.first();
    }
    Filing approved =
        new FilingRecords(em)
            .lastApproved(filing.getInstallPackage().packageName(), filing.getId())
            .orElse(null);
    return PackageIntake.judge(
        approved == null ? null : approved.getInstallPackage().facts(),
        filing.getInstallPackage().facts());
  }
}
