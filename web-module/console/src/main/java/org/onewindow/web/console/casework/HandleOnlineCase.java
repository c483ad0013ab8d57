package org.onewindow.web.console.casework;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onewindow.casework.domain.CaseResult;
import org.onewindow.casework.domain.OnlineCaseState;
import org.onewindow.casework.service.OnlineCaseHandlingService;
import org.onewindow.casework.service.OnlineCaseView;
import org.onewindow.web.console.ConsolePages;
import org.onewindow.web.console.ConsoleTexts;

/**
 * One online case in the console ({@code online-case.xhtml?no=…}, 001 7.3): its materials and
 * progress, and for a member of its implementing unit the next step — 受理, 补正 with the reason, 审查,
 * 决定 with the result document, 办结 with the delivery. The service decides who may.
 */
@Named
@ViewScoped
public class HandleOnlineCase implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private OnlineCaseHandlingService handling;

  private String no = "";
  private OnlineCaseView current;
  private String reason = "";
  private String result = CaseResult.GRANTED.name();
  private String docNo = "";
  private String deliveryNote = "";

  public void load() {
    if (current == null) {
      ConsolePages.attempt(() -> current = handling.get(no));
    }
  }

  public void accept() {
    step(() -> current = handling.accept(no));
  }

  public void requestCorrection() {
    step(() -> current = handling.requestCorrection(no, reason));
  }

  public void review() {
    step(() -> current = handling.review(no));
  }

  public void decide() {
    step(() -> current = handling.decide(no, CaseResult.valueOf(result), docNo));
  }

  public void conclude() {
    step(() -> current = handling.conclude(no, deliveryNote));
  }

  private void step(Runnable action) {
    if (ConsolePages.attempt(action)) {
      reason = "";
      ConsolePages.info(ConsoleTexts.text(ConsolePages.language(), "online.done"));
    }
  }

  /** Whether the case is at {@code state} and the caller handles it: that step's form shows. */
  public boolean at(String state) {
    return current != null && current.mayAct() && current.state() == OnlineCaseState.valueOf(state);
  }

  /** Whether a correction may be asked now (before the decision). */
  public boolean isCorrectable() {
    return current != null
        && current.mayAct()
        && (current.state() == OnlineCaseState.SUBMITTED
            || current.state() == OnlineCaseState.ACCEPTED
            || current.state() == OnlineCaseState.REVIEWED);
  }

  public List<CaseResult> getResults() {
    return List.of(CaseResult.GRANTED, CaseResult.DENIED);
  }

  public OnlineCaseView getCurrent() {
    return current;
  }

  public String getNo() {
    return no;
  }

  public void setNo(String no) {
    this.no = no == null ? "" : no.strip();
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getResult() {
    return result;
  }

  public void setResult(String result) {
    this.result =
        CaseResult.DENIED.name().equals(result)
            ? CaseResult.DENIED.name()
            : CaseResult.GRANTED.name();
  }

  public String getDocNo() {
    return docNo;
  }

  public void setDocNo(String docNo) {
    this.docNo = docNo;
  }

  public String getDeliveryNote() {
    return deliveryNote;
  }

  public void setDeliveryNote(String deliveryNote) {
    this.deliveryNote = deliveryNote;
  }
}
