package org.onewindow.casework.domain;

import java.time.Instant;
import java.util.List;

/**
 * A case as a department's business system reports it, checked ({@link CaseRecordReader}): its
 * basic information, its process and its result (004 表1), and the version the source gave it.
 *
 * @param caseNo 办件编号, the natural key
 * @param matterCode the implementation code (实施编码) of the matter applied for
 * @param matterName the matter's name
 * @param departmentCode the implementing department's code
 * @param departmentName the implementing department's name
 * @param divisionCode its administrative division (GB/T 2260, 6 digits)
 * @param applicant who applied
 * @param materials the names of the materials submitted, in the order given; possibly empty
 * @param accepted 受理, always there
 * @param reviewed 审查, or null when not reached
 * @param decided 决定, or null when not reached
 * @param concluded 办结, or null when not reached
 * @param result the decision, there exactly when {@code decided} is
 * @param resultDocNo the result document's number, or null
 * @param deliveryMethod how the result is delivered, or null when not yet known
 * @param deliveryAddress the postal address for {@link DeliveryMethod#POST}, or null
 * @param version when the source last changed the case (its {@code updated_at})
 */
public record CaseFacts(
    String caseNo,
    String matterCode,
    String matterName,
    String departmentCode,
    String departmentName,
    String divisionCode,
    Applicant applicant,
    List<String> materials,
    StageMark accepted,
    StageMark reviewed,
    StageMark decided,
    StageMark concluded,
    CaseResult result,
    String resultDocNo,
    DeliveryMethod deliveryMethod,
    String deliveryAddress,
    Instant version) {

  /** The last stage the case reached. */
  public CaseStage stage() {
    if (concluded != null) {
      return CaseStage.CONCLUDED;
    }
    if (decided != null) {
      return CaseStage.DECIDED;
    }
    return reviewed != null ? CaseStage.REVIEWED : CaseStage.ACCEPTED;
  }

  /** The materials as the exchange format writes them, or null when there are none. */
  public String materialsText() {
    return materials.isEmpty() ? null : String.join(CaseFields.MATERIAL_SEPARATOR, materials);
  }
}
