package org.onewindow.matter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The counter of one outbound feed (the basic catalogue's, the implementation lists'): the writing
 * transaction takes the next number under a row lock ({@code PESSIMISTIC_WRITE}) and keeps the lock
 * until it commits, so numbers are handed out in commit order — a reader whose cursor stands at N
 * never later meets a change committed with a number at or below N (004 7: incremental sync that
 * misses nothing). The migration writes one row per {@link Name}.
 */
@Entity
@Table(name = "ow_matter_feed")
public class MatterFeed {

  /** The feeds. */
  public enum Name {
    CATALOGUE,
    IMPLEMENTATION
  }

  @Id
  @Column(name = "feed", nullable = false, length = 16)
  private String feed;

  /** The number the next change gets. */
  @Column(name = "next_value", nullable = false)
  private long nextValue;

  protected MatterFeed() {
    // for JPA
  }

  public MatterFeed(Name name) {
    this.feed = name.name();
    this.nextValue = 1;
  }

  /** The next number, counted; call while holding the row's lock. */
  public long take() {
    return nextValue++;
  }

  public String getFeed() {
    return feed;
  }
}
