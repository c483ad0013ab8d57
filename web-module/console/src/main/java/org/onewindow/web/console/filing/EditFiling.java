package org.onewindow.web.console.filing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.common.NotFoundException;
import org.onewindow.filing.domain.FilingDraft;
import org.onewindow.filing.domain.PermissionUse;
import org.onewindow.filing.service.FilingReviewService;
import org.onewindow.filing.service.FilingService;
import org.onewindow.filing.service.FilingView;
import org.onewindow.review.ReviewAction;
import org.onewindow.web.console.ConsolePages;
import org.onewindow.web.console.ConsoleTexts;

/**
 * The submitter's draft form ({@code filing-form.xhtml[?id=N]}, 000 10.1–10.2; 001 5): the written
 * fields, the declared permission uses, and — once the draft exists — its uploads ({@link
 * UploadFilingFiles}), the completeness list (000 10.3 a) and the submission. A draft is a row of
 * the database from its first save, so it survives logout; what is blank stays blank until
 * submitting, where the service lists what is missing.
 */
@Named
@ViewScoped
public class EditFiling implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private FilingService filings;

  @EJB private FilingReviewService reviews;

  private Long id;
  private FilingView current;
  private String unitName = "";
  private String appName = "";
  private String description = "";
  private String versionNotes = "";
  private String responsibleDepartment = "";
  private String competentDepartment = "";
  private String competentDepartmentPhone = "";
  private String supervisorName = "";
  private String supervisorPhone = "";
  private String technicalUnit = "";
  private String technicalContactName = "";
  private String technicalContactPhone = "";
  private String privacyPolicyText = "";
  private String privacyPolicyUrl = "";
  private String testAccount = "";
  private String loginFailureMessage = "";
  private final List<PermissionRow> permissions = new ArrayList<>();

  /** Reads the draft named by {@code ?id=} into the form (people in clear: the owner's form). */
  public void load() {
    if (id == null) {
      permissions.add(new PermissionRow());
      return;
    }
    try {
      fill(filings.draft(id));
      reload();
    } catch (NotFoundException e) {
      ConsolePages.error(e.message(ConsolePages.language()));
      id = null;
    }
  }

  private void reload() {
    current = ConsolePages.read(filings.get(id));
  }

  /** Saves the draft: the first save starts it and moves the page to its own address. */
  public String save() {
    FilingDraft draft = draft();
    if (id == null) {
      FilingView[] started = new FilingView[1];
      if (!ConsolePages.attempt(() -> started[0] = filings.start(unitName, draft))) {
        return null;
      }
      ConsolePages.keepMessagesOverRedirect();
      ConsolePages.info(ConsoleTexts.text(ConsolePages.language(), "filing.saved"));
      return "/filing-form.xhtml?faces-redirect=true&id=" + started[0].id();
    }
    if (ConsolePages.attempt(() -> filings.save(id, draft))) {
      reload();
      ConsolePages.info(ConsoleTexts.text(ConsolePages.language(), "filing.saved"));
    }
    return null;
  }

  /**
   * Submits the saved draft for review; enabled always: an incomplete draft is refused by the
   * service with what is missing (000 10.3 a).
   */
  public String submit() {
    if (id == null) {
      ConsolePages.error(ConsoleTexts.text(ConsolePages.language(), "filing.saveFirst"));
      return null;
    }
    if (!ConsolePages.attempt(() -> reviews.perform(id, ReviewAction.SUBMIT, ""))) {
      reload();
      return null;
    }
    ConsolePages.keepMessagesOverRedirect();
    ConsolePages.info(ConsoleTexts.text(ConsolePages.language(), "filing.submitted"));
    return "/filing.xhtml?faces-redirect=true&id=" + id;
  }

  public void addPermission() {
    permissions.add(new PermissionRow());
  }

  public void removePermission(PermissionRow row) {
    permissions.remove(row);
  }

  private FilingDraft draft() {
    return new FilingDraft(
        appName,
        description,
        versionNotes,
        responsibleDepartment,
        competentDepartment,
        competentDepartmentPhone,
        supervisorName,
        supervisorPhone,
        technicalUnit,
        technicalContactName,
        technicalContactPhone,
        privacyPolicyText,
        privacyPolicyUrl,
        permissions.stream().filter(row -> !row.blank()).map(PermissionRow::use).toList(),
        testAccount,
        loginFailureMessage);
  }

  private void fill(FilingDraft draft) {
    appName = draft.appName();
    description = draft.description();
    versionNotes = draft.versionNotes();
    responsibleDepartment = draft.responsibleDepartment();
    competentDepartment = draft.competentDepartment();
    competentDepartmentPhone = draft.competentDepartmentPhone();
    supervisorName = draft.supervisorName();
    supervisorPhone = draft.supervisorPhone();
    technicalUnit = draft.technicalUnit();
    technicalContactName = draft.technicalContactName();
    technicalContactPhone = draft.technicalContactPhone();
    privacyPolicyText = draft.privacyPolicyText();
    privacyPolicyUrl = draft.privacyPolicyUrl();
    testAccount = draft.testAccount();
    loginFailureMessage = draft.loginFailureMessage();
    permissions.clear();
    for (PermissionUse use : draft.permissionUses()) {
      permissions.add(PermissionRow.of(use));
    }
    if (permissions.isEmpty()) {
      permissions.add(new PermissionRow());
    }
  }

  /** Whether the draft may still be changed here (a draft, or rejected before its revision). */
  public boolean isEditable() {
    return current == null || current.status().editable();
  }

  public FilingView getCurrent() {
    return current;
  }

  public List<PermissionRow> getPermissions() {
    return permissions;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getUnitName() {
    return unitName;
  }

  public void setUnitName(String unitName) {
    this.unitName = unitName == null ? "" : unitName;
  }

  public String getAppName() {
    return appName;
  }

  public void setAppName(String appName) {
    this.appName = appName;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getVersionNotes() {
    return versionNotes;
  }

  public void setVersionNotes(String versionNotes) {
    this.versionNotes = versionNotes;
  }

  public String getResponsibleDepartment() {
    return responsibleDepartment;
  }

  public void setResponsibleDepartment(String responsibleDepartment) {
    this.responsibleDepartment = responsibleDepartment;
  }

  public String getCompetentDepartment() {
    return competentDepartment;
  }

  public void setCompetentDepartment(String competentDepartment) {
    this.competentDepartment = competentDepartment;
  }

  public String getCompetentDepartmentPhone() {
    return competentDepartmentPhone;
  }

  public void setCompetentDepartmentPhone(String competentDepartmentPhone) {
    this.competentDepartmentPhone = competentDepartmentPhone;
  }

  public String getSupervisorName() {
    return supervisorName;
  }

  public void setSupervisorName(String supervisorName) {
    this.supervisorName = supervisorName;
  }

  public String getSupervisorPhone() {
    return supervisorPhone;
  }

  public void setSupervisorPhone(String supervisorPhone) {
    this.supervisorPhone = supervisorPhone;
  }

  public String getTechnicalUnit() {
    return technicalUnit;
  }

  public void setTechnicalUnit(String technicalUnit) {
    this.technicalUnit = technicalUnit;
  }

  public String getTechnicalContactName() {
    return technicalContactName;
  }

  public void setTechnicalContactName(String technicalContactName) {
    this.technicalContactName = technicalContactName;
  }

  public String getTechnicalContactPhone() {
    return technicalContactPhone;
  }

  public void setTechnicalContactPhone(String technicalContactPhone) {
    this.technicalContactPhone = technicalContactPhone;
  }

  public String getPrivacyPolicyText() {
    return privacyPolicyText;
  }

  public void setPrivacyPolicyText(String privacyPolicyText) {
    this.privacyPolicyText = privacyPolicyText;
  }

  public String getPrivacyPolicyUrl() {
    return privacyPolicyUrl;
  }

  public void setPrivacyPolicyUrl(String privacyPolicyUrl) {
    this.privacyPolicyUrl = privacyPolicyUrl;
  }

  public String getTestAccount() {
    return testAccount;
  }

  public void setTestAccount(String testAccount) {
    this.testAccount = testAccount;
  }

  public String getLoginFailureMessage() {
    return loginFailureMessage;
  }

  public void setLoginFailureMessage(String loginFailureMessage) {
    this.loginFailureMessage = loginFailureMessage;
  }
}
