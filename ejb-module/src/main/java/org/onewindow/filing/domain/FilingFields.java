package org.onewindow.filing.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.onewindow.common.InputRules;
import org.onewindow.common.InvalidInputException;

/**
 * The form rules of a filing's written fields (issue 18 "bad input"): the common input rules, a
 * length per field, phone numbers as {@link PhoneNumbers} reads them, the privacy policy's address
 * an absolute http(s) URL, each sensitive permission declared once. Blank is allowed (a draft);
 * completeness is {@link Completeness}'s concern.
 */
final class FilingFields {

  private FilingFields() {}

  /**
   * The draft with every field stripped and checked.
   *
   * @throws InvalidInputException naming the first field that breaks a rule
   */
  static FilingDraft check(FilingDraft draft) {
    return new FilingDraft(
        line("appName", draft.appName(), Filing.MAX_APP_NAME),
        text("description", draft.description(), Filing.MAX_TEXT),
        text("versionNotes", draft.versionNotes(), Filing.MAX_TEXT),
        line("responsibleDepartment", draft.responsibleDepartment(), Filing.MAX_UNIT),
        line("competentDepartment", draft.competentDepartment(), Filing.MAX_UNIT),
        phone("competentDepartmentPhone", draft.competentDepartmentPhone()),
        line("supervisorName", draft.supervisorName(), Filing.MAX_PERSON),
        phone("supervisorPhone", draft.supervisorPhone()),
        line("technicalUnit", draft.technicalUnit(), Filing.MAX_UNIT),
        line("technicalContactName", draft.technicalContactName(), Filing.MAX_PERSON),
        phone("technicalContactPhone", draft.technicalContactPhone()),
        text("privacyPolicyText", draft.privacyPolicyText(), Filing.MAX_POLICY),
        url("privacyPolicyUrl", draft.privacyPolicyUrl()),
        uses(draft.permissionUses()),
        line("testAccount", draft.testAccount(), Filing.MAX_PERSON),
        line("loginFailureMessage", draft.loginFailureMessage(), 100));
  }

  private static String line(String field, String value, int max) {
    return bounded(field, InputRules.singleLine(field, value), max);
  }

  private static String text(String field, String value, int max) {
    return bounded(field, InputRules.multiLine(field, value), max);
  }

  private static String bounded(String field, String value, int max) {
    if (value.codePointCount(0, value.length()) > max) {
      throw InvalidInputException.keyed(
          field, "filing.field.tooLong", new FieldLabel(field), String.valueOf(max));
    }
    return value;
  }

  private static String phone(String field, String value) {
    String text = InputRules.singleLine(field, value);
    return text.isEmpty() ? "" : PhoneNumbers.checked(field, text);
  }

  private static String url(String field, String value) {
    String text = line(field, value, Filing.MAX_URL);
    if (text.isEmpty()) {
      return text;
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && uri.getUserInfo() == null) {
        return text;
      }
    } catch (URISyntaxException e) {
      // refused below
    }
    throw InvalidInputException.keyed(field, "filing.privacyPolicyUrl.invalid");
  }

  private static List<PermissionUse> uses(List<PermissionUse> uses) {
    if (uses.size() > Filing.MAX_PERMISSION_USES) {
      throw InvalidInputException.keyed(
          "permissionUses",
          "filing.permissionUses.tooMany",
          String.valueOf(Filing.MAX_PERMISSION_USES));
    }
    List<PermissionUse> checked = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (PermissionUse use : uses) {
      String permission = line("permission", use.permission(), PermissionUse.MAX_PERMISSION);
      String purpose = line("purpose", use.purpose(), PermissionUse.MAX_PURPOSE);
      if (permission.isEmpty() || purpose.isEmpty()) {
        throw InvalidInputException.keyed("permissionUses", "filing.permissionUses.incomplete");
      }
      if (!seen.add(permission)) {
        throw InvalidInputException.keyed(
            "permissionUses", "filing.permissionUses.duplicate", permission);
      }
      checked.add(new PermissionUse(permission, purpose));
    }
    return checked;
  }
}
