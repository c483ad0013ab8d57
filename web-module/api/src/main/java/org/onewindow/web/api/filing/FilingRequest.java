package org.onewindow.web.api.filing;

import java.util.List;
import org.onewindow.filing.domain.FilingDraft;
import org.onewindow.filing.domain.PermissionUse;

/**
 * The body that starts or rewrites a filing (000 10.1–10.2; 001 5): every field optional while a
 * draft.
 */
public record FilingRequest(
    String unitName,
    String appName,
    String description,
    String versionNotes,
    String responsibleDepartment,
    String competentDepartment,
    String competentDepartmentPhone,
    String supervisorName,
    String supervisorPhone,
    String technicalUnit,
    String technicalContactName,
    String technicalContactPhone,
    String privacyPolicyText,
    String privacyPolicyUrl,
    List<Use> permissionUses,
    String testAccount,
    String loginFailureMessage) {

  /** One declared use of a sensitive permission (000 10.3 h). */
  public record Use(String permission, String purpose) {}

  FilingDraft draft() {
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
        permissionUses == null
            ? List.of()
            : permissionUses.stream()
                .map(
                    use ->
                        use == null
                            ? new PermissionUse("", "")
                            : new PermissionUse(use.permission(), use.purpose()))
                .toList(),
        testAccount,
        loginFailureMessage);
  }
}
