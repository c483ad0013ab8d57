package org.onewindow.filing.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.onewindow.common.InputRules;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.Messages;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.Roles;
import org.onewindow.common.StateConflictException;
import org.onewindow.files.FileStore;
import org.onewindow.files.StoredFile;
import org.onewindow.filing.domain.ChecklistItem;
import org.onewindow.filing.domain.Filing;
import org.onewindow.filing.domain.FilingCheck;
import org.onewindow.filing.domain.FilingContent;
import org.onewindow.filing.domain.FilingFile;
import org.onewindow.filing.domain.FilingFileKind;
import org.onewindow.filing.domain.FilingKinds;
import org.onewindow.filing.domain.FilingSnapshot;
import org.onewindow.filing.domain.Verdict;
import org.onewindow.ops.audit.AuditService;
import org.onewindow.review.ReviewAction;
import org.onewindow.review.ReviewCaller;
import org.onewindow.review.ReviewStatus;
import org.onewindow.review.ReviewTransitionView;
import org.onewindow.review.ReviewWorkflow;

/**
 * A filing's review (000 10.3) on the one review workflow, rules of the kind in {@link
 * FilingReviewKind}: the unit submits; a filing reviewer works through checklist a)–i) item by item
 * (pass, fail or not applicable, a note, evidence screenshots), starting from the platform's
 * pre-judgement, then approves — which issues the signed record — or rejects with the failed items'
 * notes as the reasons; the unit revises and resubmits, and the reviewer sees what changed since
 * the last review. A reviewer never decides on a revision it wrote or submitted.
 */
@Stateless
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.FILING_REVIEWER, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
public class FilingReviewService {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @EJB private AuditService audit;

  @Inject FilingReviewKind kind;

  @Inject FilingViews views;

  @Inject Clock clock;

  private FileStore store;

  @PostConstruct
  void start() {
    store = FilingFileStores.store(clock);
  }

  /**
   * Submits, approves or rejects the filing in the caller's name. A rejection's reason is the
   * failed items' notes (and {@code reason}, when given, first).
   *
   * @throws jakarta.ejb.EJBAccessException when the caller's role may not take this action
   * @throws NotFoundException when the caller may not see the filing
   * @throws StateConflictException when the state or a precondition refuses (incomplete, an item
   *     still open, no failed item to reject for, a package no longer an upgrade)
   * @throws org.onewindow.common.DutySeparationException when the caller would decide on its own
   *     submission
   */
  public FilingView perform(long id, ReviewAction action, String reason) {
    String why = InputRules.multiLine("reason", reason);
    if (action == ReviewAction.REJECT) {
      why = rejectionReason(id, why);
    }
    String given = why;
    return views.of(workflow().perform(kind, () -> find(id), action, given, caller()));
  }

  /**
   * Records the reviewer's verdict on one item of the filing's submitted revision.
   *
   * @throws StateConflictException unless the filing is submitted
   * @throws org.onewindow.common.DutySeparationException when the caller wrote or submitted it
   * @throws InvalidInputException for an unknown item or verdict, or a failed item without a note
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.FILING_REVIEWER})
  public CheckView judge(long id, String item, String verdict, String note) {
    ChecklistItem which = ChecklistItem.parse(item);
    Verdict given = Verdict.parse(verdict);
    Filing filing = underReview(id);
    FilingCheck check = check(filing, which);
    check.decide(given, note, caller().name(), clock.instant());
    em.flush();
    FilingAudit.record(
        audit,
        clock,
        "FILING_ITEM_JUDGED",
        caller().name(),
        filing,
        Messages.text(
            "filing.audit.judged",
            Messages.PLATFORM_LOCALE,
            which.letter(),
            given.name(),
            check.getNote()));
    return CheckView.of(check, evidence(id, filing.getReview().revision(), which));
  }

  /**
   * Adds an evidence screenshot to one item of the submitted revision.
   *
   * @throws InvalidInputException when the image breaks a rule: nothing kept
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.FILING_REVIEWER})
  public FilingFileView addEvidence(long id, String item, InputStream content, String name) {
    ChecklistItem which = ChecklistItem.parse(item);
    Filing filing = underReview(id);
    check(filing, which);
    StoredFile stored;
    try {
      stored = store.store(FilingFileKind.EVIDENCE, content, name);
    } catch (IOException e) {
      throw new UncheckedIOException("storing an upload failed", e);
    }
    FilingFile file =
        new FilingFile(
            id,
            filing.getReview().revision(),
            FilingFileKind.EVIDENCE,
            which,
            stored.storageName(),
            stored.originalName(),
            stored.size(),
            stored.sm3Hex(),
            caller().name(),
            stored.storedAt());
    em.persist(file);
    em.flush();
    FilingAudit.record(
        audit,
        clock,
        "FILING_EVIDENCE_ADDED",
        caller().name(),
        filing,
        which.letter() + ") " + stored.sm3Hex());
    return FilingFileView.of(file);
  }

  /**
   * The checklist of the filing's current revision, a) to i); empty before its first submission.
   */
  public List<CheckView> checklist(long id) {
    Filing filing = find(id);
    int revision = filing.getReview().revision();
    return new FilingRecords(em)
        .checks(id, revision).stream()
            .map(check -> CheckView.of(check, evidence(id, revision, check.getItem())))
            .toList();
  }

  /**
   * What changed since the last reviewed revision: the current revision's content (as submitted, or
   * as it stands while a draft) against the snapshot of the revision before it; empty for a first
   * revision.
   */
  public List<FilingChangeView> changes(long id) {
    Filing filing = find(id);
    int revision = filing.getReview().revision();
    List<FilingSnapshot> snapshots = new FilingRecords(em).snapshots(id);
    Optional<FilingSnapshot> previous =
        snapshots.stream().filter(s -> s.getRevision() < revision).findFirst();
    if (previous.isEmpty()) {
      return List.of();
    }
    Map<String, String> now =
        snapshots.stream()
            .filter(s -> s.getRevision() == revision)
            .findFirst()
            .map(s -> FilingContent.read(s.getContent()))
            .orElseGet(() -> liveContent(filing));
    return FilingContent.changes(FilingContent.read(previous.get().getContent()), now).stream()
        .map(c -> new FilingChangeView(c.fieldKey(), "", c.before(), c.after()))
        .map(change -> change.in(Messages.PLATFORM_LOCALE))
        .toList();
  }

  /**
   * Starts a new revision after a rejection (rectification): back to draft, the earlier revisions'
   * checklists and snapshots kept.
   *
   * @throws StateConflictException unless the filing is rejected or a draft
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.UNIT_DEVELOPER, Roles.API_CLIENT})
  public FilingView revise(long id) {
    return views.of(workflow().revise(kind, () -> find(id), Filing::revise, caller()));
  }

  /** The filing's review history, oldest first. */
  public List<ReviewTransitionView> history(long id) {
    find(id);
    return workflow().history(FilingKinds.FILING, id);
  }

  private String rejectionReason(long id, String given) {
    Filing filing = find(id);
    String failed =
        new FilingRecords(em)
            .checks(id, filing.getReview().revision()).stream()
                .filter(check -> check.getVerdict() == Verdict.FAIL)
                .map(check -> check.getItem().letter() + ") " + check.getNote())
                .collect(Collectors.joining("\n"));
    String reason = given.isEmpty() ? failed : given + "\n" + failed;
    return reason.length() > org.onewindow.review.Review.MAX_REASON
        ? reason.substring(0, org.onewindow.review.Review.MAX_REASON)
        : reason;
  }

  private Map<String, String> liveContent(Filing filing) {
    FilingRecords records = new FilingRecords(em);
    List<FilingFile> icons = records.files(filing.getId(), FilingFileKind.ICON);
    return FilingContent.of(
        filing.draft(FilingContacts::open),
        icons.isEmpty() ? "" : icons.get(icons.size() - 1).getSm3Hex(),
        records.files(filing.getId(), FilingFileKind.SCREENSHOT).stream()
            .map(FilingFile::getSm3Hex)
            .toList(),
        filing.getInstallPackage());
  }

  private Filing underReview(long id) {
    Filing filing = new FilingRecords(em).visibleForUpdate(FilingScope.of(session), id);
    if (filing.getReview().status() != ReviewStatus.SUBMITTED) {
      throw StateConflictException.keyed("filing.review.notSubmitted");
    }
    String me = caller().name();
    if (me.equals(filing.getReview().submittedBy()) || me.equals(filing.getReview().authoredBy())) {
      throw org.onewindow.common.DutySeparationException.keyed(
          "review.ownSubmission", FilingKinds.FILING);
    }
    return filing;
  }

  private FilingCheck check(Filing filing, ChecklistItem item) {
    return new FilingRecords(em)
        .checks(filing.getId(), filing.getReview().revision()).stream()
            .filter(check -> check.getItem() == item)
            .findFirst()
            .orElseThrow(() -> StateConflictException.keyed("filing.review.notSubmitted"));
  }

  private List<FilingFileView> evidence(long id, int revision, ChecklistItem item) {
    return new FilingRecords(em)
        .files(id, FilingFileKind.EVIDENCE).stream()
            .filter(file -> file.getRevision() == revision && file.getItem() == item)
            .map(FilingFileView::of)
            .toList();
  }

  private Filing find(long id) {
    return new FilingRecords(em).visible(FilingScope.of(session), id);
  }

  private ReviewWorkflow workflow() {
    return ReviewWorkflow.of(em, audit, clock);
  }

  private ReviewCaller caller() {
    return ReviewCaller.of(session);
  }
}
