package org.onewindow.filing.domain;

import java.io.Serializable;
import java.util.List;

/**
 * What a submitter writes into a filing (000 10.1–10.2; 001 5): naming, responsible units, privacy.
 * Any field may be blank while the filing is a draft (drafts survive logout and are completed over
 * several sittings); what is given must be well formed. The completeness check (000 10.3 a) lists
 * what is still missing before it may be submitted. Files (icon, screenshots, the install package)
 * are uploaded apart.
 *
 * @param appName 名称 (001 5.1)
 * @param description 应用描述 (001 5.3 b)
 * @param versionNotes 版本说明 (001 5.3 c)
 * @param responsibleDepartment 负责部门 (000 10.2)
 * @param competentDepartment 主管部门
 * @param competentDepartmentPhone 主管部门联系电话
 * @param supervisorName 主管联系人 (personal: SM4 at rest, masked in views)
 * @param supervisorPhone 主管联系电话 (personal)
 * @param technicalUnit 技术联系单位
 * @param technicalContactName 技术联系人 (personal)
 * @param technicalContactPhone 技术联系人电话 (personal)
 * @param privacyPolicyText 隐私条款 text (000 10.3 i), or blank when given by URL
 * @param privacyPolicyUrl 隐私条款 address, or blank when given as text
 * @param permissionUses the declared use of each sensitive permission (000 10.3 h)
 * @param testAccount a test account's user name for the reviewer, or blank
 * @param loginFailureMessage the message the app shows for a wrong user name or password (000 10.3
 *     f), as the submitter reports it; checked when a test account is given
 */
public record FilingDraft(
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
    List<PermissionUse> permissionUses,
    String testAccount,
    String loginFailureMessage)
    implements Serializable {

  public FilingDraft {
    permissionUses = permissionUses == null ? List.of() : List.copyOf(permissionUses);
  }

  /** A draft with nothing written yet but the app's name. */
  public static FilingDraft named(String appName) {
    return new FilingDraft(
        appName, "", "", "", "", "", "", "", "", "", "", "", "", List.of(), "", "");
  }
}
