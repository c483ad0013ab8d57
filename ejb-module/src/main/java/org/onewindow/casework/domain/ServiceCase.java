package org.onewindow.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A case as the platform keeps it (004 表1: basic, process, result and conclusion information). Only
 * the inbound sync writes it, by JDBC batches (see {@code CaseExchangeService}); the application
 * reads it, so the entity is immutable. Applicants' personal data is there only sealed and masked.
 * Enumerated values are stored by their names ({@link ApplicantType}, {@link IdType}, {@link
 * CaseStage}, {@link CaseResult}, {@link DeliveryMethod}).
 */
@Entity(name = "ServiceCase")
@Immutable
@Table(
    name = "ow_case",
    indexes = {
      @Index(name = "ix_case_change_seq", columnList = "change_seq"),
      @Index(name = "ix_case_department", columnList = "department_name"),
      @Index(name = "ix_case_accepted", columnList = "accepted_at")
    })
public class ServiceCase {
  /** 办件编号, the natural key. */
  @Id
  @Column(name = "case_no", nullable = false, length = 64)
  private String caseNo;

  @Column(name = "matter_code", nullable = false, length = 64)
  private String matterCode;

  @Column(name = "matter_name", nullable = false, length = 200)
  private String matterName;

  @Column(name = "department_code", nullable = false, length = 64)
  private String departmentCode;

  /** The implementing department; unit scope compares it with the caller's access unit. */
  @Column(name = "department_name", nullable = false, length = 100)
  private String departmentName;

  @Column(name = "division_code", nullable = false, length = 6)
  private String divisionCode;

  @Column(name = "applicant_type", nullable = false, length = 16)
  private String applicantType;

  /** Masked (000 示例8); the clear name is only in {@link #applicantSealed}. */
  @Column(name = "applicant_name_masked", nullable = false, length = 100)
  private String applicantNameMasked;

  @Column(name = "applicant_id_type", length = 32)
  private String applicantIdType;

  @Column(name = "applicant_id_masked", length = 32)
  private String applicantIdMasked;

  /** A legal person's code: public, kept readable. */
  @Column(name = "applicant_uscc", length = 18)
  private String applicantCreditCode;

  @Column(name = "applicant_phone_masked", nullable = false, length = 30)
  private String applicantPhoneMasked;

  /** Name, ID number, phone and delivery address sealed as one value ({@link ApplicantSecret}). */
  @Column(name = "applicant_sealed", nullable = false, length = 4000)
  private String applicantSealed;

  @Column(name = "materials", length = 4000)
  private String materials;

  @Column(name = "stage", nullable = false, length = 16)
  private String stage;

  @Column(name = "accepted_at", nullable = false)
  private Instant acceptedAt;

  @Column(name = "accepted_by", length = 100)
  private String acceptedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "reviewed_by", length = 100)
  private String reviewedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "concluded_at")
  private Instant concludedAt;

  @Column(name = "concluded_by", length = 100)
  private String concludedBy;

  @Column(name = "result", length = 16)
  private String result;

  @Column(name = "result_doc_no", length = 100)
  private String resultDocNo;

  @Column(name = "delivery_method", length = 16)
  private String deliveryMethod;

  @Column(name = "delivery_address_masked", length = 200)
  private String deliveryAddressMasked;

  /** The source's updated_at: an older version never overwrites a newer one. */
  @Column(name = "source_version", nullable = false)
  private Instant sourceVersion;

  /** The case feed's number of the last change (commit order). */
  @Column(name = "change_seq", nullable = false)
  private long changeSeq;

  protected ServiceCase() {}

  public String getCaseNo() {
    return caseNo;
  }

  public String getMatterCode() {
    return matterCode;
  }

  public String getMatterName() {
    return matterName;
  }

  public String getDepartmentCode() {
    return departmentCode;
  }

  public String getDepartmentName() {
    return departmentName;
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public String getApplicantType() {
    return applicantType;
  }

  public String getApplicantNameMasked() {
    return applicantNameMasked;
  }

  public String getApplicantIdType() {
    return applicantIdType;
  }

  public String getApplicantIdMasked() {
    return applicantIdMasked;
  }

  public String getApplicantCreditCode() {
    return applicantCreditCode;
  }

  public String getApplicantPhoneMasked() {
    return applicantPhoneMasked;
  }

  public String getApplicantSealed() {
    return applicantSealed;
  }

  public String getMaterials() {
    return materials;
  }

  public String getStage() {
    return stage;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }

  public String getAcceptedBy() {
    return acceptedBy;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getConcludedAt() {
    return concludedAt;
  }

  public String getConcludedBy() {
    return concludedBy;
  }

  public String getResult() {
    return result;
  }

  public String getResultDocNo() {
    return resultDocNo;
  }

  public String getDeliveryMethod() {
    return deliveryMethod;
  }

  public String getDeliveryAddressMasked() {
    return deliveryAddressMasked;
  }

  public Instant getSourceVersion() {
    return sourceVersion;
  }

  public long getChangeSeq() {
    return changeSeq;
  }
}
