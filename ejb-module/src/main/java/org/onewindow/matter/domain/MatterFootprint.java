package org.onewindow.matter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * A footprint (足迹, issue 20 item 5; 001 7.7): a signed-in user viewed a matter's page. One row per
 * account and matter, moved to the latest view; the user deletes any or all of them, and only the
 * latest {@link #MAX_PER_ACCOUNT} are kept.
 */
@Entity
@Table(
    name = "ow_matter_footprint",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_matter_footprint",
            columnNames = {"account", "implementation_code"}),
    indexes = {
      @Index(name = "ix_matter_footprint_viewed", columnList = "account, viewed_at"),
      @Index(name = "ix_matter_footprint_code", columnList = "implementation_code")
    })
public class MatterFootprint {

  /** The most footprints kept per account: the oldest goes when a new matter is viewed. */
  public static final int MAX_PER_ACCOUNT = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The account's login name (the portal's principal). */
  @Column(name = "account", nullable = false, length = 100)
  private String account;

  @Column(name = "implementation_code", nullable = false, length = 64)
  private String implementationCode;

  @Column(name = "viewed_at", nullable = false)
  private Instant viewedAt;

  @Column(name = "views", nullable = false)
  private int views;

  protected MatterFootprint() {
    // for JPA
  }

  public MatterFootprint(String account, String implementationCode, Instant at) {
    this.account = account;
    this.implementationCode = implementationCode;
    this.viewedAt = at;
    this.views = 1;
  }

  /** Viewed again: the footprint moves to now. */
  public void viewedAgain(Instant at) {
    viewedAt = at;
    views = views == Integer.MAX_VALUE ? views : views + 1;
  }

  public String getAccount() {
    return account;
  }

  public String getImplementationCode() {
    return implementationCode;
  }

  public Instant getViewedAt() {
    return viewedAt;
  }

  public int getViews() {
    return views;
  }
}
