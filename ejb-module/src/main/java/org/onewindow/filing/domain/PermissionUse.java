package org.onewindow.filing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * What the app uses a sensitive permission for, as its privacy declaration says (000 10.3 h: no
 * user data is transmitted without the user being told how and where it is used).
 */
@Embeddable
public class PermissionUse implements Serializable {

  public static final int MAX_PERMISSION = 150;
  public static final int MAX_PURPOSE = 300;

  @Column(name = "permission", nullable = false, length = MAX_PERMISSION)
  private String permission;

  @Column(name = "purpose", nullable = false, length = MAX_PURPOSE)
  private String purpose;

  protected PermissionUse() {
    // for JPA
  }

  public PermissionUse(String permission, String purpose) {
    this.permission = permission;
    this.purpose = purpose;
  }

  /** For JSON (the API's views). */
  public String getPermission() {
    return permission;
  }

  /** For JSON (the API's views). */
  public String getPurpose() {
    return purpose;
  }

  public String permission() {
    return permission;
  }

  public String purpose() {
    return purpose;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PermissionUse use
        && use.permission.equals(permission)
        && use.purpose.equals(purpose);
  }

  @Override
  public int hashCode() {
    return Objects.hash(permission, purpose);
  }
}
