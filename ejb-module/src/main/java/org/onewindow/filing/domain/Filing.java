package org.onewindow.filing.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.StateConflictException;
import org.onewindow.review.Review;
import org.onewindow.review.ReviewAction;
import org.onewindow.review.ReviewStatus;
import org.onewindow.review.ReviewTransition;
import org.onewindow.review.Reviewable;

/**
 * A mobile-end filing (移动端备案, 000 10; 001 9): one version of a provincial or departmental app as
 * its access unit files it before the app goes to the markets — naming, responsible units, the
 * install package and what was read from it, privacy — and its {@link Review}. A new version of an
 * approved app is a new filing that names the approved one it upgrades ({@link #getUpgradeOf}).
 *
 * <p>The people's names and phone numbers (主管, 技术联系人) are personal data: the entity holds them only
 * as the key ring sealed them ({@code seal} / {@code open} in {@link #write} and {@link #draft}),
 * never in clear (003 6.3.2.3).
 */
@Entity
@Table(
    name = "ow_filing",
    indexes = {
      @Index(name = "ix_filing_unit", columnList = "unit_name"),
      @Index(name = "ix_filing_package", columnList = "package_name")
    })
public class Filing implements Reviewable {

  public static final int MAX_APP_NAME = 64;
  public static final int MAX_TEXT = 2000;
  public static final int MAX_UNIT = 100;
  public static final int MAX_PERSON = 50;
  public static final int MAX_POLICY = 20_000;
  public static final int MAX_URL = 500;
  public static final int MAX_PERMISSION_USES = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The access unit filing the app (the {@code access_unit} claim of its developers). */
  @Column(name = "unit_name", nullable = false, length = 100)
  private String unitName;

  /** The unit's administrative division (GB/T 2260): the filing number starts with it. */
  @Column(name = "division_code", nullable = false, length = 6)
  private String divisionCode;

  @Column(name = "app_name", nullable = false, length = MAX_APP_NAME)
  private String appName;

  @Column(name = "description", nullable = false, length = MAX_TEXT)
  private String description;

  @Column(name = "version_notes", nullable = false, length = MAX_TEXT)
  private String versionNotes;

  @Column(name = "responsible_department", nullable = false, length = MAX_UNIT)
  private String responsibleDepartment;

  @Column(name = "competent_department", nullable = false, length = MAX_UNIT)
  private String competentDepartment;

  @Column(name = "competent_department_phone", nullable = false, length = 30)
  private String competentDepartmentPhone;

  /** Sealed (SM4 under the key ring, purpose {@value #CONTACT_PURPOSE}); empty when not given. */
  @Column(name = "supervisor_name", nullable = false, length = 400)
  private String supervisorName;

  @Column(name = "supervisor_phone", nullable = false, length = 400)
  private String supervisorPhone;

  @Column(name = "technical_unit", nullable = false, length = MAX_UNIT)
  private String technicalUnit;

  @Column(name = "technical_contact_name", nullable = false, length = 400)
  private String technicalContactName;

  @Column(name = "technical_contact_phone", nullable = false, length = 400)
  private String technicalContactPhone;

  @Column(name = "privacy_policy_text", nullable = false, length = MAX_POLICY)
  private String privacyPolicyText;

  @Column(name = "privacy_policy_url", nullable = false, length = MAX_URL)
  private String privacyPolicyUrl;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "ow_filing_permission_use",
      joinColumns = @JoinColumn(name = "filing_id"),
      foreignKey = @ForeignKey(name = "fk_filing_permission_use"))
  @OrderColumn(name = "position")
  private List<PermissionUse> permissionUses = new ArrayList<>();

  @Column(name = "test_account", nullable = false, length = MAX_PERSON)
  private String testAccount;

  @Column(name = "login_failure_message", nullable = false, length = 100)
  private String loginFailureMessage;

  @Embedded private InstallPackage installPackage;

  /** The approved filing this one upgrades (000 10.3 c), or null for a first filing. */
  @Column(name = "upgrade_of")
  private Long upgradeOf;

  @Embedded private Review review;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  /** The key-ring purpose the people's names and phones are sealed under. */
  public static final String CONTACT_PURPOSE = "filing-contact";

  protected Filing() {
    // for JPA
  }

  /**
   * A new draft of the unit's, written by {@code actor}.
   *
   * @throws InvalidInputException when a given field is malformed (nothing is kept)
   */
  public static Filing start(
      String unitName,
      String divisionCode,
      FilingDraft draft,
      UnaryOperator<String> seal,
      String actor,
      Instant at) {
    Filing filing = new Filing();
    filing.unitName = unitName;
    filing.divisionCode = divisionCode;
    filing.review = Review.draft(actor, at);
    filing.createdBy = actor;
    filing.createdAt = at;
    filing.write(draft, seal);
    return filing;
  }

  /**
   * Writes the submitter's fields, checked ({@link FilingFields}); only while editable.
   *
   * @throws InvalidInputException when a given field is malformed
   * @throws org.onewindow.common.StateConflictException while submitted or approved
   */
  public void write(FilingDraft draft, UnaryOperator<String> seal) {
    if (review != null && id != null) {
      checkDraft();
    }
    FilingDraft checked = FilingFields.check(draft);
    appName = checked.appName();
    description = checked.description();
    versionNotes = checked.versionNotes();
    responsibleDepartment = checked.responsibleDepartment();
    competentDepartment = checked.competentDepartment();
    competentDepartmentPhone = checked.competentDepartmentPhone();
    supervisorName = sealed(checked.supervisorName(), seal);
    supervisorPhone = sealed(checked.supervisorPhone(), seal);
    technicalUnit = checked.technicalUnit();
    technicalContactName = sealed(checked.technicalContactName(), seal);
    technicalContactPhone = sealed(checked.technicalContactPhone(), seal);
    privacyPolicyText = checked.privacyPolicyText();
    privacyPolicyUrl = checked.privacyPolicyUrl();
    permissionUses.clear();
    permissionUses.addAll(checked.permissionUses());
    testAccount = checked.testAccount();
    loginFailureMessage = checked.loginFailureMessage();
  }

  private static String sealed(String value, UnaryOperator<String> seal) {
    return value.isEmpty() ? "" : seal.apply(value);
  }

  /** The submitter's fields, the sealed ones opened with {@code open}. */
  public FilingDraft draft(UnaryOperator<String> open) {
    return new FilingDraft(
        appName,
        description,
        versionNotes,
        responsibleDepartment,
        competentDepartment,
        competentDepartmentPhone,
        opened(supervisorName, open),
        opened(supervisorPhone, open),
        technicalUnit,
        opened(technicalContactName, open),
        opened(technicalContactPhone, open),
        privacyPolicyText,
        privacyPolicyUrl,
        List.copyOf(permissionUses),
        testAccount,
        loginFailureMessage);
  }

  private static String opened(String value, UnaryOperator<String> open) {
    return value.isEmpty() ? "" : open.apply(value);
  }

  /**
   * Attaches the install package read and checked by the service (the upgrade rule, 000 10.3 c, is
   * checked there against the last approved version); only while editable.
   */
  public void attach(InstallPackage stored, Long approvedPredecessor) {
    checkDraft();
    installPackage = stored;
    upgradeOf = approvedPredecessor;
  }

  /**
   * Whether the filing may be changed now: only as a draft. A rejected filing is revised first
   * (rectification, a new revision), so each submitted revision is judged on its own checklist and
   * the reviewer sees what changed between them.
   *
   * @throws StateConflictException otherwise
   */
  public void checkDraft() {
    if (review.status() != ReviewStatus.DRAFT) {
      throw StateConflictException.keyed("filing.review.draftOnly", review.status());
    }
  }

  /** A new revision after a rejection (rectification), back to draft. */
  public ReviewTransition revise(String actor, Instant at) {
    review.checkEditable(FilingKinds.FILING);
    return review.revise(FilingKinds.FILING, id, actor, at);
  }

  @Override
  public ReviewTransition registration() {
    return review.registration(FilingKinds.FILING, id, createdAt);
  }

  @Override
  public ReviewTransition perform(ReviewAction action, String actor, String reason, Instant at) {
    return review.perform(FilingKinds.FILING, id, action, actor, reason, at);
  }

  @Override
  public Long getId() {
    return id;
  }

  @Override
  public Review getReview() {
    return review;
  }

  public String getUnitName() {
    return unitName;
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public String getAppName() {
    return appName;
  }

  /** The package, or null before one is uploaded. */
  public InstallPackage getInstallPackage() {
    return installPackage != null && installPackage.isPresent() ? installPackage : null;
  }

  public Long getUpgradeOf() {
    return upgradeOf;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
