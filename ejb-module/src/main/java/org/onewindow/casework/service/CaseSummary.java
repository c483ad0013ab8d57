package org.onewindow.casework.service;

import java.io.Serializable;
import java.time.Instant;
import org.onewindow.casework.domain.ServiceCase;

/**
 * A case as a search lists it, the applicant masked (000 示例8).
 *
 * @param caseNo 办件编号
 * @param matterName the matter applied for
 * @param departmentName the implementing department
 * @param applicantName the applicant's name, masked for a natural person
 * @param stage the stage reached ({@code ACCEPTED} … {@code CONCLUDED})
 * @param acceptedAt 受理时间
 * @param concludedAt 办结时间, or null
 * @param result the decision ({@code GRANTED} …), or null
 */
public record CaseSummary(
    String caseNo,
    String matterName,
    String departmentName,
    String applicantName,
    String stage,
    Instant acceptedAt,
    Instant concludedAt,
    String result)
    implements Serializable {

  static CaseSummary of(ServiceCase c) {
    return new CaseSummary(
        c.getCaseNo(),
        c.getMatterName(),
        c.getDepartmentName(),
        c.getApplicantNameMasked(),
        c.getStage(),
        c.getAcceptedAt(),
        c.getConcludedAt(),
        c.getResult());
  }
}
