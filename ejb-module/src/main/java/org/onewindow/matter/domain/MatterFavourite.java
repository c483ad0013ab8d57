package org.onewindow.matter.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * A matter a signed-in user keeps among their favourites (issue 20 items 2 and 5; 001 7.7 个人空间):
 * the account and the implementation code, so the favourite follows the item's versions and shows
 * the one in force.
 */
@Entity
@Table(
    name = "ow_matter_favourite",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_matter_favourite",
            columnNames = {"account", "implementation_code"}),
    indexes = @Index(name = "ix_matter_favourite_code", columnList = "implementation_code"))
public class MatterFavourite extends KeptMatter {

  /** The most favourites one account keeps: a bookmark list, not a copy of the catalogue. */
  public static final int MAX_PER_ACCOUNT = 200;

  protected MatterFavourite() {
    // for JPA
  }

  public MatterFavourite(String account, String implementationCode, Instant at) {
    super(account, implementationCode, at);
  }
}
