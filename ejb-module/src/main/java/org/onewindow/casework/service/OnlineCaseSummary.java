package org.onewindow.casework.service;

import java.io.Serializable;
import java.time.Instant;
import org.onewindow.casework.domain.OnlineCase;
import org.onewindow.casework.domain.OnlineCaseState;

/** One online case in a list: the applicant's 我的办件 or a unit's queue; applicant masked. */
public record OnlineCaseSummary(
    String caseNo,
    String matterCode,
    String matterName,
    String departmentName,
    String applicantNameMasked,
    OnlineCaseState state,
    Instant submittedAt,
    Instant updatedAt)
    implements Serializable {

  static OnlineCaseSummary of(OnlineCase c) {
    return new OnlineCaseSummary(
        c.getCaseNo(),
        c.getMatterCode(),
        c.getMatterName(),
        c.getDepartmentName(),
        c.getApplicantNameMasked(),
        c.getState(),
        c.getSubmittedAt(),
        c.getUpdatedAt());
  }
}
