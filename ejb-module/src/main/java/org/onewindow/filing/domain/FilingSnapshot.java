package org.onewindow.filing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * What a filing said when one of its revisions was submitted: the fields a reviewer judged, as
 * {@link FilingContent} writes them (personal fields already masked). A resubmission is shown
 * against the last reviewed snapshot, so the reviewer sees what changed (issue 18 item 2).
 */
@Entity
@IdClass(FilingSnapshot.Key.class)
@Table(name = "ow_filing_snapshot")
public class FilingSnapshot {

  @Id
  @Column(name = "filing_id", nullable = false)
  private long filingId;

  @Id
  @Column(name = "revision", nullable = false)
  private int revision;

  @Column(name = "content", nullable = false, length = 40_000)
  private String content;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  protected FilingSnapshot() {
    // for JPA
  }

  public FilingSnapshot(long filingId, int revision, String content, Instant submittedAt) {
    this.filingId = filingId;
    this.revision = revision;
    this.content = content;
    this.submittedAt = submittedAt;
  }

  public int getRevision() {
    return revision;
  }

  public String getContent() {
    return content;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  /** The snapshot's identity: a filing and its revision. */
  public static class Key implements Serializable {
    private long filingId;
    private int revision;

    public Key() {}

    public Key(long filingId, int revision) {
      this.filingId = filingId;
      this.revision = revision;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.filingId == filingId && key.revision == revision;
    }

    @Override
    public int hashCode() {
      return Objects.hash(filingId, revision);
    }
  }
}
