package org.onewindow.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;

/**
 * Which consent of a user for an app is the active one (000 10.3 h): one row per user and app, its
 * key the pair, so the database itself holds "at most one active consent" — on H2 and PostgreSQL
 * alike, where a partial unique index would be PostgreSQL's alone. Two agreements at once (two
 * tabs, two nodes) cannot both insert it: the second is refused at flush and becomes a no-op. A
 * revoked consent has no row here; its {@link UserConsent} stays as the record.
 */
@Entity
@IdClass(ActiveConsent.Key.class)
@Table(name = "ow_user_consent_active")
public class ActiveConsent {

  @Id
  @Column(name = "username", nullable = false, length = 255)
  private String username;

  @Id
  @Column(name = "app_key", nullable = false, length = 63)
  private String appKey;

  /** The {@link UserConsent} in force. */
  @Column(name = "consent_id", nullable = false)
  private long consentId;

  @Version private long version;

  protected ActiveConsent() {
    // for JPA
  }

  public ActiveConsent(UserConsent consent) {
    this.username = consent.getUsername();
    this.appKey = consent.getAppKey();
    this.consentId = consent.getId();
  }

  /** A wider consent replaces the one in force (the row's version guards a concurrent change). */
  public void replaceWith(UserConsent consent) {
    this.consentId = consent.getId();
  }

  public long getConsentId() {
    return consentId;
  }

  /** The row's identity: the user and the app. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private String username;
    private String appKey;

    public Key() {}

    public Key(String username, String appKey) {
      this.username = username;
      this.appKey = appKey;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.username.equals(username) && key.appKey.equals(appKey);
    }

    @Override
    public int hashCode() {
      return Objects.hash(username, appKey);
    }
  }
}
