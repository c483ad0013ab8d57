package org.onewindow.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.onewindow.common.StateConflictException;

/**
 * An application made online (001 7.2 在线申请) and the case it becomes (001 7.3 办件进度): the applicant's
 * draft, kept in the database so that a step-up login or another node loses nothing of what was
 * typed; then the case the department accepts, asks to correct (补正), reviews, decides and
 * concludes. The transitions are here, each refusing a case in the wrong state; who may make them
 * (the applicant, a member of the implementing unit) is the service's rule ({@link
 * OnlineCaseScope}).
 *
 * <p>The applicant's name, ID number, phone and delivery address are sealed together (SM4, as
 * {@link ApplicantSecret} for synced cases) and kept masked beside the sealed value for every view.
 */
@Entity(name = "OnlineCase")
@Table(
    name = "ow_online_case",
    indexes = {
      @Index(name = "ix_online_case_applicant", columnList = "applicant, matter_code"),
      @Index(name = "ix_online_case_department", columnList = "department_name, state")
    },
    uniqueConstraints = {@UniqueConstraint(name = "uk_online_case_no", columnNames = "case_no")})
public class OnlineCase {

  /** The longest purpose or reason kept. */
  public static final int MAX_TEXT = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** 办件编号, given at submission (unique); null for a draft. */
  @Column(name = "case_no", length = 32)
  private String caseNo;

  /** The applicant's user name (the token's preferred_username). */
  @Column(name = "applicant", nullable = false, length = 100)
  private String applicant;

  @Column(name = "matter_code", nullable = false, length = 64)
  private String matterCode;

  @Column(name = "matter_name", nullable = false, length = 200)
  private String matterName;

  /** The implementing unit (实施主体) of the matter: its members handle the case. */
  @Column(name = "department_name", nullable = false, length = 100)
  private String departmentName;

  /** The real-name level the matter asked when the draft was made (001 7.2). */
  @Column(name = "required_level", nullable = false)
  private int requiredLevel;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 24)
  private OnlineCaseState state;

  /** The associated data the sealed value is bound to: this row's and no other's. */
  @Column(name = "seal_ref", nullable = false, length = 36)
  private String sealRef;

  @Column(name = "applicant_sealed", length = 4000)
  private String applicantSealed;

  @Column(name = "applicant_name_masked", nullable = false, length = 100)
  private String applicantNameMasked;

  @Column(name = "applicant_id_masked", length = 32)
  private String applicantIdMasked;

  @Column(name = "applicant_phone_masked", length = 30)
  private String applicantPhoneMasked;

  @Enumerated(EnumType.STRING)
  @Column(name = "delivery_method", nullable = false, length = 16)
  private DeliveryMethod deliveryMethod;

  @Column(name = "delivery_address_masked", length = 200)
  private String deliveryAddressMasked;

  /** 申请事由, as the applicant typed it. */
  @Column(name = "purpose", nullable = false, length = MAX_TEXT)
  private String purpose;

  /** The applicant's pledge that what is handed in is true (告知承诺). */
  @Column(name = "pledged", nullable = false)
  private boolean pledged;

  @Column(name = "correction_reason", length = MAX_TEXT)
  private String correctionReason;

  /** The state a resubmission returns to. */
  @Enumerated(EnumType.STRING)
  @Column(name = "resume_state", length = 24)
  private OnlineCaseState resumeState;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "accepted_at")
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

  @Enumerated(EnumType.STRING)
  @Column(name = "result", length = 16)
  private CaseResult result;

  @Column(name = "result_doc_no", length = 100)
  private String resultDocNo;

  @Column(name = "concluded_at")
  private Instant concludedAt;

  @Column(name = "concluded_by", length = 100)
  private String concludedBy;

  /** How the result went out (001 7.3 快递信息): a waybill number, a window, an address. */
  @Column(name = "delivery_note", length = 200)
  private String deliveryNote;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected OnlineCase() {}

  /** A new draft of {@code applicant} for a matter. */
  public OnlineCase(
      String applicant,
      String matterCode,
      String matterName,
      String departmentName,
      int requiredLevel,
      String applicantNameMasked,
      Instant at) {
    this.applicant = applicant;
    this.matterCode = matterCode;
    this.matterName = matterName;
    this.departmentName = departmentName;
    this.requiredLevel = requiredLevel;
    this.state = OnlineCaseState.DRAFT;
    this.sealRef = UUID.randomUUID().toString();
    this.applicantNameMasked = applicantNameMasked;
    this.deliveryMethod = DeliveryMethod.ELECTRONIC;
    this.purpose = "";
    this.createdAt = at;
    this.updatedAt = at;
  }

  /** The draft's (or the correction's) form as the applicant filled it. */
  public void fill(
      String purpose,
      DeliveryMethod deliveryMethod,
      boolean pledged,
      String sealed,
      String nameMasked,
      String idMasked,
      String phoneMasked,
      String addressMasked,
      Instant at) {
    checkEditable();
    this.purpose = purpose;
    this.deliveryMethod = deliveryMethod;
    this.pledged = pledged;
    this.applicantSealed = sealed;
    this.applicantNameMasked = nameMasked;
    this.applicantIdMasked = idMasked;
    this.applicantPhoneMasked = phoneMasked;
    this.deliveryAddressMasked = addressMasked;
    this.updatedAt = at;
  }

  /** Whether the applicant may still change the form and its materials: a draft, or 补正. */
  public boolean isEditable() {
    return state == OnlineCaseState.DRAFT || state == OnlineCaseState.CORRECTION_REQUESTED;
  }

  /**
   * Refuses a change of the form or the materials once submitted.
   *
   * @throws StateConflictException unless {@link #isEditable()}
   */
  public void checkEditable() {
    if (!isEditable()) {
      throw StateConflictException.keyed("casework.online.notEditable", state);
    }
  }

  /**
   * 在线申请 (001 7.2): the draft becomes a case with its number; the form must carry the pledge.
   *
   * @throws StateConflictException unless a draft
   */
  public void submit(String number, Instant at) {
    requireState(OnlineCaseState.DRAFT);
    this.caseNo = number;
    this.state = OnlineCaseState.SUBMITTED;
    this.submittedAt = at;
    this.updatedAt = at;
  }

  /** 受理 (004 表1 受理时间、受理人): the department takes the application in. */
  public void accept(String handler, Instant at) {
    requireState(OnlineCaseState.SUBMITTED);
    this.state = OnlineCaseState.ACCEPTED;
    this.acceptedAt = at;
    this.acceptedBy = handler;
    this.updatedAt = at;
  }

  /**
   * 补正: the department tells the applicant, at once and in full, what is missing (001 7.3; 国务院
   * 关于在线政务服务的若干规定 一次性告知); the case waits for the applicant, then resumes where it was. Possible
   * before a decision only.
   */
  public void requestCorrection(String reason, Instant at) {
    if (state != OnlineCaseState.SUBMITTED
        && state != OnlineCaseState.ACCEPTED
        && state != OnlineCaseState.REVIEWED) {
      throw StateConflictException.keyed("casework.online.wrongState", state);
    }
    this.resumeState = state;
    this.state = OnlineCaseState.CORRECTION_REQUESTED;
    this.correctionReason = reason;
    this.updatedAt = at;
  }

  /** The applicant hands the corrected application in; the case resumes where it stood. */
  public void resubmit(Instant at) {
    requireState(OnlineCaseState.CORRECTION_REQUESTED);
    this.state = resumeState;
    this.resumeState = null;
    this.updatedAt = at;
  }

  /** 审查. */
  public void review(String handler, Instant at) {
    requireState(OnlineCaseState.ACCEPTED);
    this.state = OnlineCaseState.REVIEWED;
    this.reviewedAt = at;
    this.reviewedBy = handler;
    this.updatedAt = at;
  }

  /** 决定: granted or denied, with the result document's number (004 表1 结果信息). */
  public void decide(String handler, CaseResult outcome, String docNo, Instant at) {
    requireState(OnlineCaseState.REVIEWED);
    if (outcome != CaseResult.GRANTED && outcome != CaseResult.DENIED) {
      throw StateConflictException.keyed("casework.online.decisionOutcome");
    }
    this.state = OnlineCaseState.DECIDED;
    this.result = outcome;
    this.resultDocNo = docNo;
    this.decidedAt = at;
    this.decidedBy = handler;
    this.updatedAt = at;
  }

  /** 办结, with how the result reached the applicant (004 表1 办结信息; 001 7.3 快递信息). */
  public void conclude(String handler, String note, Instant at) {
    requireState(OnlineCaseState.DECIDED);
    this.state = OnlineCaseState.CONCLUDED;
    this.deliveryNote = note;
    this.concludedAt = at;
    this.concludedBy = handler;
    this.updatedAt = at;
  }

  private void requireState(OnlineCaseState expected) {
    if (state != expected) {
      throw StateConflictException.keyed("casework.online.wrongState", state);
    }
  }

  public Long getId() {
    return id;
  }

  public String getCaseNo() {
    return caseNo;
  }

  public String getApplicant() {
    return applicant;
  }

  public String getMatterCode() {
    return matterCode;
  }

  public String getMatterName() {
    return matterName;
  }

  public String getDepartmentName() {
    return departmentName;
  }

  public int getRequiredLevel() {
    return requiredLevel;
  }

  public OnlineCaseState getState() {
    return state;
  }

  public String getSealRef() {
    return sealRef;
  }

  public String getApplicantSealed() {
    return applicantSealed;
  }

  public String getApplicantNameMasked() {
    return applicantNameMasked;
  }

  public String getApplicantIdMasked() {
    return applicantIdMasked;
  }

  public String getApplicantPhoneMasked() {
    return applicantPhoneMasked;
  }

  public DeliveryMethod getDeliveryMethod() {
    return deliveryMethod;
  }

  public String getDeliveryAddressMasked() {
    return deliveryAddressMasked;
  }

  public String getPurpose() {
    return purpose;
  }

  public boolean isPledged() {
    return pledged;
  }

  public String getCorrectionReason() {
    return correctionReason;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
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

  public CaseResult getResult() {
    return result;
  }

  public String getResultDocNo() {
    return resultDocNo;
  }

  public Instant getConcludedAt() {
    return concludedAt;
  }

  public String getConcludedBy() {
    return concludedBy;
  }

  public String getDeliveryNote() {
    return deliveryNote;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
