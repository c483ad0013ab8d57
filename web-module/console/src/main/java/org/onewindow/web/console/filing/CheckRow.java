package org.onewindow.web.console.filing;

import java.io.Serializable;
import org.onewindow.filing.service.CheckView;

/**
 * One checklist item on the review page (000 10.3 a–i): the platform's pre-judgement as the service
 * gave it, and the reviewer's verdict and note as being edited until saved.
 */
public class CheckRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final CheckView check;
  private String verdict;
  private String note;

  CheckRow(CheckView check) {
    this.check = check;
    this.verdict = verdictName(check);
    this.note = check.note() == null ? "" : check.note();
  }

  /** The service's verdict names: pass, fail, not-applicable; blank while pending. */
  private static String verdictName(CheckView check) {
    return switch (check.verdict()) {
      case PASS -> "pass";
      case FAIL -> "fail";
      case NOT_APPLICABLE -> "not-applicable";
      case PENDING -> "";
    };
  }

  public CheckView getCheck() {
    return check;
  }

  public String getVerdict() {
    return verdict;
  }

  public void setVerdict(String verdict) {
    this.verdict = verdict == null ? "" : verdict;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note == null ? "" : note;
  }
}
