package org.onewindow.casework.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.onewindow.casework.domain.CaseResult;
import org.onewindow.casework.domain.DeliveryMethod;
import org.onewindow.casework.domain.OnlineCase;
import org.onewindow.casework.domain.OnlineCaseState;

/**
 * One online case in full (001 7.3 办件进度): the stages 受理, 审查, 决定, 办结 with their times, the
 * materials, the delivery information, the correction asked for (if any) and the progress, with the
 * applicant's personal data masked (000 示例8).
 *
 * @param mayAct whether the caller handles it (a member of its implementing unit)
 */
public record OnlineCaseView(
    String caseNo,
    String matterCode,
    String matterName,
    String departmentName,
    OnlineCaseState state,
    String applicantNameMasked,
    String applicantIdMasked,
    String applicantPhoneMasked,
    String purpose,
    DeliveryMethod deliveryMethod,
    String deliveryAddressMasked,
    String correctionReason,
    Instant submittedAt,
    Instant acceptedAt,
    Instant reviewedAt,
    Instant decidedAt,
    CaseResult result,
    String resultDocNo,
    Instant concludedAt,
    String deliveryNote,
    List<MaterialSlot> materials,
    List<ProgressStep> progress,
    boolean mayAct)
    implements Serializable {

  static OnlineCaseView of(
      OnlineCase c, List<MaterialSlot> materials, List<ProgressStep> progress, boolean mayAct) {
    return new OnlineCaseView(
        c.getCaseNo(),
        c.getMatterCode(),
        c.getMatterName(),
        c.getDepartmentName(),
        c.getState(),
        c.getApplicantNameMasked(),
        c.getApplicantIdMasked(),
        c.getApplicantPhoneMasked(),
        c.getPurpose(),
        c.getDeliveryMethod(),
        c.getDeliveryAddressMasked(),
        c.getCorrectionReason(),
        c.getSubmittedAt(),
        c.getAcceptedAt(),
        c.getReviewedAt(),
        c.getDecidedAt(),
        c.getResult(),
        c.getResultDocNo(),
        c.getConcludedAt(),
        c.getDeliveryNote(),
        materials,
        progress,
        mayAct);
  }

  /** Whether the applicant is asked to correct and resubmit (补正). */
  public boolean correctionRequested() {
    return state == OnlineCaseState.CORRECTION_REQUESTED;
  }
}
