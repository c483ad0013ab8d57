package org.onewindow.casework.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.onewindow.casework.domain.CaseFields;
import org.onewindow.casework.domain.CaseStage;
import org.onewindow.casework.domain.ServiceCase;

/**
 * One case (001 7.3: 办件进度、办件基本信息、材料信息、快递信息), personal data masked (000 示例8).
 *
 * @param caseNo 办件编号
 * @param matterCode 事项实施编码
 * @param matterName 事项名称
 * @param departmentCode 实施机构编码
 * @param departmentName 实施机构名称
 * @param divisionCode 行政区划代码
 * @param applicantType {@code NATURAL_PERSON} or {@code LEGAL_PERSON}
 * @param applicantName masked for a natural person
 * @param applicantIdType the identity document, or null
 * @param applicantIdNumber masked, or null
 * @param applicantCreditCode a legal person's code, or null
 * @param applicantPhone masked
 * @param materials the materials submitted
 * @param stage the stage reached
 * @param stages the stages reached, in order, with their times and handlers
 * @param result the decision, or null
 * @param resultDocNo the result document's number, or null
 * @param deliveryMethod {@code WINDOW}, {@code POST}, {@code ELECTRONIC}, or null
 * @param deliveryAddress masked, or null
 * @param updatedAt the source's version
 */
public record CaseView(
    String caseNo,
    String matterCode,
    String matterName,
    String departmentCode,
    String departmentName,
    String divisionCode,
    String applicantType,
    String applicantName,
    String applicantIdType,
    String applicantIdNumber,
    String applicantCreditCode,
    String applicantPhone,
    List<String> materials,
    String stage,
    List<StageView> stages,
    String result,
    String resultDocNo,
    String deliveryMethod,
    String deliveryAddress,
    Instant updatedAt)
    implements Serializable {

  /**
   * A stage reached.
   *
   * @param stage {@code ACCEPTED}, {@code REVIEWED}, {@code DECIDED} or {@code CONCLUDED}
   * @param at when
   * @param handler who handled it, or null
   */
  public record StageView(String stage, Instant at, String handler) implements Serializable {}

  static CaseView of(ServiceCase c) {
    List<StageView> stages = new ArrayList<>();
    add(stages, CaseStage.ACCEPTED, c.getAcceptedAt(), c.getAcceptedBy());
    add(stages, CaseStage.REVIEWED, c.getReviewedAt(), c.getReviewedBy());
    add(stages, CaseStage.DECIDED, c.getDecidedAt(), c.getDecidedBy());
    add(stages, CaseStage.CONCLUDED, c.getConcludedAt(), c.getConcludedBy());
    List<String> materials =
        c.getMaterials() == null
            ? List.of()
            : Arrays.asList(c.getMaterials().split(CaseFields.MATERIAL_SEPARATOR));
    return new CaseView(
        c.getCaseNo(),
        c.getMatterCode(),
        c.getMatterName(),
        c.getDepartmentCode(),
        c.getDepartmentName(),
        c.getDivisionCode(),
        c.getApplicantType(),
        c.getApplicantNameMasked(),
        c.getApplicantIdType(),
        c.getApplicantIdMasked(),
        c.getApplicantCreditCode(),
        c.getApplicantPhoneMasked(),
        List.copyOf(materials),
        c.getStage(),
        List.copyOf(stages),
        c.getResult(),
        c.getResultDocNo(),
        c.getDeliveryMethod(),
        c.getDeliveryAddressMasked(),
        c.getSourceVersion());
  }

  private static void add(List<StageView> stages, CaseStage stage, Instant at, String handler) {
    if (at != null) {
      stages.add(new StageView(stage.name(), at, handler));
    }
  }
}
