package org.onewindow.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;

/**
 * The personal fields a light app was approved for when it was onboarded in the application
 * management centre (003 6.3.2.1 c: minimal collection), with the name users see on the consent
 * page. One row per app key; an app without a choice is approved for none.
 */
@Entity
@Table(name = "ow_app_user_fields")
public class AppUserFields {

  @Id
  @Column(name = "app_key", length = 63)
  private String appKey;

  @Column(name = "app_name", nullable = false, length = 64)
  private String appName;

  /** Where the consent page sends the user back to once they agreed. */
  @Column(name = "page_url", nullable = false, length = 500)
  private String pageUrl;

  @Column(name = "fields", nullable = false, length = 100)
  private String fields;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  @Version private long version;

  protected AppUserFields() {}

  public AppUserFields(String appKey, String appName, String pageUrl) {
    this.appKey = appKey;
    this.appName = appName;
    this.pageUrl = pageUrl;
    this.fields = "";
  }

  /** Records a new choice; returns the previous one (for the audit line). */
  public Set<UserField> approve(
      String name, String page, Set<UserField> approved, String by, Instant at) {
    Set<UserField> before = getFields();
    this.appName = name;
    this.pageUrl = page;
    this.fields = UserField.encode(approved);
    this.updatedBy = by;
    this.updatedAt = at;
    return before;
  }

  public String getAppKey() {
    return appKey;
  }

  public String getAppName() {
    return appName;
  }

  public String getPageUrl() {
    return pageUrl;
  }

  public Set<UserField> getFields() {
    return UserField.decode(fields);
  }
}
