package org.onewindow.web.console.filing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.onewindow.filing.service.FilingRecordService;
import org.onewindow.filing.service.RecordView;
import org.onewindow.web.console.ConsolePages;
import org.onewindow.web.console.ConsoleTexts;

/**
 * An approved filing's record on its page (issue 18 item 3): number, validity, where it stands, the
 * PDF ({@link FilingRecordPdfServlet}) and, for reviewers, revocation with a reason (the service
 * checks the role and tells the unit).
 */
@Named
@ViewScoped
public class ShowRecord implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private FilingRecordService records;

  @Inject private ShowFiling page;

  private RecordView record;
  private int readAt = -1;
  private String reason = "";

  /** The record of the filing shown, once approved; null before. */
  public RecordView getRecord() {
    if (readAt != page.reloads()) {
      readAt = page.reloads();
      record = page.isApproved() ? ConsolePages.read(records.ofFiling(page.getId())) : null;
    }
    return record;
  }

  public void revoke() {
    RecordView shown = getRecord();
    if (shown != null && ConsolePages.attempt(() -> records.revoke(shown.filingNumber(), reason))) {
      reason = "";
      ConsolePages.info(ConsoleTexts.text(ConsolePages.language(), "filing.record.revoked"));
      page.reload();
    }
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason == null ? "" : reason;
  }
}
