package org.onewindow.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last sequence number a case feed handed out. A writing transaction locks its row, numbers its
 * rows after it and moves it on; the lock is held to the commit, so numbers come in commit order
 * and a reader's cursor "after N" misses nothing committed later (004 7, incremental updates).
 * Written by JDBC with the cases; the first writing chunk creates the row of {@link #CASES}.
 */
@Entity(name = "CaseFeedCounter")
@Table(name = "ow_case_feed")
public class CaseFeedCounter {

  /** The one feed of case changes: every part of a case is numbered from it. */
  public static final String CASES = "case";

  @Id
  @Column(name = "feed", length = 32)
  private String feed;

  @Column(name = "last_sequence", nullable = false)
  private long lastSequence;

  protected CaseFeedCounter() {}

  public String getFeed() {
    return feed;
  }

  public long getLastSequence() {
    return lastSequence;
  }
}
