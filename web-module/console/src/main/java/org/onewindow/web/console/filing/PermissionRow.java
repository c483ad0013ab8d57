package org.onewindow.web.console.filing;

import java.io.Serializable;
import org.onewindow.filing.domain.PermissionUse;

/**
 * One row of the form's declared permission uses (000 10.3 h): a sensitive permission and what the
 * app uses it for, editable on the page until saved.
 */
public class PermissionRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String permission = "";
  private String purpose = "";

  static PermissionRow of(PermissionUse use) {
    PermissionRow row = new PermissionRow();
    row.permission = use.permission();
    row.purpose = use.purpose();
    return row;
  }

  /** A row left empty is no declaration (the form's spare row). */
  boolean blank() {
    return permission.isBlank() && purpose.isBlank();
  }

  PermissionUse use() {
    return new PermissionUse(permission.strip(), purpose.strip());
  }

  public String getPermission() {
    return permission;
  }

  public void setPermission(String permission) {
    this.permission = permission == null ? "" : permission;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose == null ? "" : purpose;
  }
}
