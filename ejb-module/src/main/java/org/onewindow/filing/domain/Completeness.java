package org.onewindow.filing.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * 000 10.3 a) 备案信息应完整: what a filing still lacks before it may be submitted — naming (001 5: name,
 * icon, at least three screenshots, description, version notes), the responsible units (000 10.2),
 * the install package, and a privacy policy (10.3 i). Each missing item is named by the message key
 * of its field, {@code filing.field.<name>}.
 */
public final class Completeness {

  /** 001 5.3 a: at least three screenshots of content or functions. */
  public static final int MIN_SCREENSHOTS = 3;

  private Completeness() {}

  /**
   * The message keys of the fields still missing, in the order the form shows them; empty when the
   * filing is complete.
   */
  public static List<String> missing(
      FilingDraft draft, boolean hasIcon, int screenshots, boolean hasPackage) {
    List<String> missing = new ArrayList<>();
    need(missing, "appName", draft.appName());
    if (!hasIcon) {
      missing.add(key("icon"));
    }
    if (screenshots < MIN_SCREENSHOTS) {
      missing.add(key("screenshots"));
    }
    need(missing, "description", draft.description());
    need(missing, "versionNotes", draft.versionNotes());
    need(missing, "responsibleDepartment", draft.responsibleDepartment());
    need(missing, "competentDepartment", draft.competentDepartment());
    need(missing, "competentDepartmentPhone", draft.competentDepartmentPhone());
    need(missing, "supervisorName", draft.supervisorName());
    need(missing, "supervisorPhone", draft.supervisorPhone());
    need(missing, "technicalUnit", draft.technicalUnit());
    need(missing, "technicalContactName", draft.technicalContactName());
    need(missing, "technicalContactPhone", draft.technicalContactPhone());
    if (!hasPackage) {
      missing.add(key("installPackage"));
    }
    if (draft.privacyPolicyText().isBlank() && draft.privacyPolicyUrl().isBlank()) {
      missing.add(key("privacyPolicy"));
    }
    return missing;
  }

  private static void need(List<String> missing, String field, String value) {
    if (value == null || value.isBlank()) {
      missing.add(key(field));
    }
  }

  /** The message key naming a field. */
  public static String key(String field) {
    return "filing.field." + field;
  }
}
