package org.onewindow.web.console.filing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.onewindow.filing.service.FilingReviewService;
import org.onewindow.review.ReviewAction;
import org.onewindow.web.console.ConsolePages;
import org.onewindow.web.console.ConsoleTexts;

/**
 * The reviewer's checklist (000 10.3 a–i) on a filing's page: each item's verdict and note saved on
 * its own, evidence screenshots per item, and the decision — approve, or reject with a reason (the
 * failed items' notes join it). The service refuses what the rules refuse: an item left open, a
 * decision on one's own submission, a failed item without a note.
 */
@Named
@ViewScoped
public class ReviewFiling implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private FilingReviewService reviews;

  @Inject private ShowFiling page;

  private List<CheckRow> rows;
  private int readAt = -1;
  private String reason = "";
  private String evidenceItem = "a";
  private transient Part evidence;

  /** The current revision's checklist, read again whenever the page read the filing again. */
  public List<CheckRow> getRows() {
    if (readAt != page.reloads()) {
      readAt = page.reloads();
      rows = null;
    }
    if (rows == null) {
      rows =
          page.getCurrent() == null
              ? List.of()
              : ConsolePages.read(reviews.checklist(page.getId())).stream()
                  .map(CheckRow::new)
                  .toList();
    }
    return rows;
  }

  /** Saves one item's verdict and note. */
  public void judge(CheckRow row) {
    if (row.getVerdict().isBlank()) {
      ConsolePages.error(ConsoleTexts.text(ConsolePages.language(), "filing.check.chooseVerdict"));
      return;
    }
    if (ConsolePages.attempt(
        () ->
            reviews.judge(page.getId(), row.getCheck().item(), row.getVerdict(), row.getNote()))) {
      ConsolePages.info(
          ConsoleTexts.text(ConsolePages.language(), "filing.check.saved")
              + row.getCheck().item()
              + ")");
      page.reload();
    }
  }

  public void approve() {
    decide(ReviewAction.APPROVE);
  }

  public void reject() {
    decide(ReviewAction.REJECT);
  }

  private void decide(ReviewAction action) {
    if (ConsolePages.attempt(() -> reviews.perform(page.getId(), action, reason))) {
      reason = "";
      ConsolePages.info(
          ConsoleTexts.text(ConsolePages.language(), "interface.done")
              + action.label(ConsolePages.language()));
      page.reload();
    }
  }

  /**
   * Adds an evidence screenshot to the chosen item (a plain multipart post; then the page again).
   */
  public String addEvidence() {
    ConsolePages.keepMessagesOverRedirect();
    if (evidence == null || evidence.getSize() == 0) {
      ConsolePages.error(ConsoleTexts.text(ConsolePages.language(), "app.upload.none"));
    } else {
      try (InputStream in = evidence.getInputStream()) {
        if (ConsolePages.attempt(
            () ->
                reviews.addEvidence(
                    page.getId(), evidenceItem, in, evidence.getSubmittedFileName()))) {
          ConsolePages.info(
              ConsoleTexts.text(ConsolePages.language(), "filing.uploaded")
                  + evidence.getSubmittedFileName());
        }
      } catch (IOException e) {
        ConsolePages.error(ConsoleTexts.text(ConsolePages.language(), "app.upload.unreadable"));
      }
    }
    return "/filing.xhtml?faces-redirect=true&id=" + page.getId();
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason == null ? "" : reason;
  }

  public String getEvidenceItem() {
    return evidenceItem;
  }

  public void setEvidenceItem(String evidenceItem) {
    this.evidenceItem = evidenceItem;
  }

  public Part getEvidence() {
    return evidence;
  }

  public void setEvidence(Part evidence) {
    this.evidence = evidence;
  }
}
