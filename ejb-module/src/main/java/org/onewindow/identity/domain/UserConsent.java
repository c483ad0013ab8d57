package org.onewindow.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A user's agreement that a light app may receive the listed personal fields (000 10.3 h; 003
 * 6.3.2.1 b 知情同意), with when it was given and, once revoked in the user centre, when it ended.
 * Revoked rows stay as the record of what was agreed; at most one row per user and app is active.
 */
@Entity
@Table(
    name = "ow_user_consent",
    indexes = @Index(name = "ix_user_consent_user_app", columnList = "username, app_key"))
public class UserConsent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The realm's username ({@code preferred_username}): what every platform client knows. */
  @Column(name = "username", nullable = false, length = 255)
  private String username;

  @Column(name = "app_key", nullable = false, length = 63)
  private String appKey;

  @Column(name = "fields", nullable = false, length = 100)
  private String fields;

  @Column(name = "granted_at", nullable = false)
  private Instant grantedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Version private long version;

  protected UserConsent() {}

  public UserConsent(String username, String appKey, Set<UserField> fields, Instant at) {
    this.username = username;
    this.appKey = appKey;
    this.fields = UserField.encode(fields);
    this.grantedAt = at;
  }

  public void revoke(Instant at) {
    if (revokedAt == null) {
      revokedAt = at;
    }
  }

  public boolean isActive() {
    return revokedAt == null;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getAppKey() {
    return appKey;
  }

  public Set<UserField> getFields() {
    return UserField.decode(fields);
  }

  public Instant getGrantedAt() {
    return grantedAt;
  }

  public Optional<Instant> getRevokedAt() {
    return Optional.ofNullable(revokedAt);
  }
}
